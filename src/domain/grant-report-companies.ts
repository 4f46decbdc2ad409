/**
 * 企業: visits made, companies visited and companies recruited as hosts in the period, by the company's
 * town. The age-group filter does not apply: these are facts about companies.
 */
import { countByMonth, countKpi, type ReportContext, type SectionFigures } from './grant-report-figures';
import { fiscalYearMonths, within, type ReportPeriod } from './grant-report-period';
import type { PreparedReport } from './grant-report-prepare';

export function companyFigures(prepared: PreparedReport, ctx: ReportContext): SectionFigures {
  const { filter, period, year } = ctx;
  const inTown = (town: string) => filter.town === null || town === filter.town;
  const visitsIn = (p: ReportPeriod) =>
    prepared.visits.filter(({ visit, company }) => within(visit.date, p) && inTown(company.town));
  const visits = visitsIn(period);
  const recruited = prepared.hostRecruitments.filter(({ company, day }) => within(day, period) && inTown(company.town));
  const distinct = (ids: readonly string[]) => [...new Set(ids)];
  return {
    kpis: {
      companiesVisited: countKpi('companiesVisited', distinct(visits.map((v) => v.company.id))),
      visitsMade: countKpi(
        'visitsMade',
        visits.map((v) => v.visit.id),
      ),
      hostsRecruited: countKpi('hostsRecruited', distinct(recruited.map((r) => r.company.id))),
    },
    breakdowns: [],
    monthly: {
      visitsMade: countByMonth(
        visitsIn(year).map((v) => v.visit.date),
        fiscalYearMonths(filter.fiscalYear),
      ),
    },
  };
}
