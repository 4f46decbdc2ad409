/**
 * 実績報告: the grant report's dashboard for admins and coordinators. Every figure is computed on the
 * device from the records the field screens write (never a count kept by hand), for the fiscal year,
 * month, town and age group in the URL; each opens the list of records it counts. The page prints as
 * the A4 report (report.css + app/print.css): the conditions and definitions as text, no controls.
 */
import { Link } from 'react-router';
import { canUse } from '../../../auth/role-access';
import { useSession } from '../../../auth/use-session';
import { PageHeader } from '../../../components/ui/page-header';
import { fiscalYearLabel } from '../../../domain/fiscal-year';
import { KPI_KEYS, REPORT_SECTIONS, type Breakdown, type GrantReport, type ReportRecords, type ReportSection } from '../../../domain/grant-report-model';
import { formatDate, todayIso } from '../../../lib/dates';
import { useReportMessages } from '../messages';
import { conditionsText } from '../report-labels';
import { useGrantReport } from '../use-grant-report';
import { BreakdownTable } from './breakdown-table';
import { KpiSection } from './kpi-section';
import { ReportExports } from './report-exports';
import { ReportFilters } from './report-filters';
import { MonthlyChart, TownRateChart } from './report-charts';
import '../report.css';

/** Where each breakdown is shown: under the figures it breaks down. */
const BREAKDOWN_SECTION: Record<string, ReportSection> = {
  seekersByTown: 'seekers',
  seekersByAgeGroup: 'seekers',
  seekersByGender: 'seekers',
  monthly: 'trials',
  ratesByTown: 'trials',
  retention: 'trials',
  internshipsBySessionKind: 'internships',
};

export function ReportScreen() {
  const words = useReportMessages();
  const { tf, lang } = words;
  const { filter, setFilter, input, report, years } = useGrantReport();
  const role = useSession().user?.role;
  return (
    <section className="screen report">
      <PageHeader
        title={tf('title')}
        actions={
          <>
            {role && canUse(role, 'ledgers') ? (
              <Link to="/report/ledgers" className="button button--secondary">
                {tf('action.ledgers')}
              </Link>
            ) : null}
            <button type="button" className="button button--primary" onClick={() => window.print()} disabled={!report}>
              {tf('action.print')}
            </button>
          </>
        }
      >
        <p className="page-header__sub report__intro">{tf('intro')}</p>
        <ReportFilters filter={filter} years={years} onChange={setFilter} />
      </PageHeader>
      <div className="report__conditions">
        <p>{tf('filter.summary', { conditions: conditionsText(filter, words) })}</p>
        {report ? <PeriodLine report={report} /> : null}
      </div>
      {report && input ? (
        <>
          {REPORT_SECTIONS.map((section) => (
            <KpiSection key={section} section={section} kpis={KPI_KEYS.map((k) => report.kpis[k]).filter((k) => k.section === section)} filter={filter}>
              {section === 'fees' && costMissing(report, input) ? (
                <div className="banner banner--warning report-cost-missing">
                  <p>{tf('fees.costMissing', { year: fiscalYearLabel(filter.fiscalYear, lang) })}</p>
                  <Link to="/fees/settings" className="button button--secondary">
                    {tf('fees.setCost')}
                  </Link>
                </div>
              ) : null}
              <SectionBreakdowns breakdowns={breakdownsOf(report, section)} />
            </KpiSection>
          ))}
          <ReportExports report={report} />
        </>
      ) : (
        <p role="status">{tf('loading')}</p>
      )}
    </section>
  );
}

function PeriodLine({ report }: { report: GrantReport }) {
  const { tf, lang } = useReportMessages();
  const today = todayIso();
  const asOf = report.to < today ? report.to : today;
  return <p>{tf('period.line', { from: formatDate(report.from, lang), to: formatDate(report.to, lang), asOf: formatDate(asOf, lang) })}</p>;
}

/** Small tables (a category and one or two counts) side by side; a chart beside its table; wide tables across. */
function SectionBreakdowns({ breakdowns }: { breakdowns: readonly Breakdown[] }) {
  const small = breakdowns.filter((b) => !CHARTED.has(b.key) && b.columns.length <= 2);
  return (
    <>
      {small.length > 0 ? (
        <div className="report-tables">
          {small.map((b) => (
            <BreakdownTable key={b.key} breakdown={b} />
          ))}
        </div>
      ) : null}
      {breakdowns
        .filter((b) => !small.includes(b))
        .map((b) => (
          <BreakdownWithChart key={b.key} breakdown={b} />
        ))}
    </>
  );
}

const CHARTED = new Set(['monthly', 'ratesByTown']);

function BreakdownWithChart({ breakdown }: { breakdown: Breakdown }) {
  if (breakdown.key === 'monthly')
    return (
      <div className="report-figure">
        <MonthlyChart monthly={breakdown} />
        <BreakdownTable breakdown={breakdown} />
      </div>
    );
  if (breakdown.key === 'ratesByTown')
    return (
      <div className="report-figure">
        <TownRateChart ratesByTown={breakdown} />
        <BreakdownTable breakdown={breakdown} />
      </div>
    );
  return <BreakdownTable breakdown={breakdown} />;
}

/** A breakdown the table above does not place goes with the trial work (the report's core). */
const breakdownsOf = (report: GrantReport, section: ReportSection) => report.breakdowns.filter((b) => (BREAKDOWN_SECTION[b.key] ?? 'trials') === section);

/** The fee share has no denominator because the year's 事業費 was never entered (not because it is 0 by design). */
const costMissing = (report: GrantReport, input: ReportRecords) =>
  report.kpis.feeShareOfCost.value === null && !input.programmeSettings.some((s) => !s.deleted && s.fiscalYear === report.filter.fiscalYear && s.programmeCost > 0);
