/**
 * The grant report (事業実績報告), computed on the device from the records the field screens write, never
 * from a count kept by hand. `prepareReport` works out once what the records say (close days, which trials
 * ran, host recruitments); `computeGrantReport` answers one filter from that, so a filter change costs one
 * pass over the prepared lists. Definitions: docs/domain-rules.md, "The grant report".
 */
import { companyFigures } from './grant-report-companies';
import { feeFigures } from './grant-report-fees';
import { table, type ReportContext, type SectionFigures } from './grant-report-figures';
import { internshipFigures } from './grant-report-internships';
import { KPI_KEYS, type GrantReport, type Kpi, type KpiKey, type ReportFilter } from './grant-report-model';
import { asOfDay, fiscalYearMonths, reportPeriod } from './grant-report-period';
import type { PreparedReport } from './grant-report-prepare';
import { seekerFigures } from './grant-report-seekers';
import { trialFigures } from './grant-report-trials';

export { prepareReport, type PreparedReport } from './grant-report-prepare';
export { reportPeriod } from './grant-report-period';

/** The monthly table (April … March): the sections' monthly columns, under every filter but the month. */
function monthlyTable(fiscalYear: number, sections: readonly SectionFigures[]) {
  const columns = Object.assign({}, ...sections.map((s) => s.monthly ?? {})) as Record<
    string,
    ReadonlyMap<string, number>
  >;
  const order = ['trialsStarted', 'hires', 'visitsMade'];
  return table(
    'monthly',
    fiscalYearMonths(fiscalYear),
    Object.fromEntries(order.map((c) => [c, (month: string) => columns[c]?.get(month) ?? 0])),
  );
}

export function computeGrantReport(prepared: PreparedReport, filter: ReportFilter, today: string): GrantReport {
  const period = reportPeriod(filter);
  const ctx: ReportContext = {
    filter,
    period,
    year: reportPeriod({ fiscalYear: filter.fiscalYear, month: null }),
    asOf: asOfDay(period, today),
    today,
  };
  const [seekers, ...others] = [seekerFigures, companyFigures, trialFigures, feeFigures, internshipFigures].map(
    (figures) => figures(prepared, ctx),
  );
  const sections = [seekers!, ...others];
  const found: Partial<Record<KpiKey, Kpi>> = Object.assign({}, ...sections.map((s) => s.kpis));
  const kpis = Object.fromEntries(
    KPI_KEYS.map((key) => {
      const kpi = found[key];
      if (!kpi) throw new Error(`grant report: no figure for ${key}`);
      return [key, kpi];
    }),
  ) as Record<KpiKey, Kpi>;
  return {
    filter,
    from: period.from,
    to: period.to,
    kpis,
    // By seekers, month by month, then the trials' and the internships' tables.
    breakdowns: [
      ...seekers!.breakdowns,
      monthlyTable(filter.fiscalYear, sections),
      ...others.flatMap((s) => s.breakdowns),
    ],
  };
}
