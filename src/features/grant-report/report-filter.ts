/**
 * The report's filters, kept in the URL (fy, month, town, age) so back, a reload and a KPI's record list
 * all show the same figures. A missing or hand-edited value falls back to the whole current fiscal year.
 */
import { fiscalYearOf } from '../../domain/fiscal-year';
import type { ReportFilter } from '../../domain/grant-report-model';
import { todayIso } from '../../lib/dates';
import { useUrlFilter } from '../../lib/use-url-filter';
import { AGE_GROUPS, TOWNS } from '../../shared/codes';

/** The fiscal year's months in the order they run: April … March. */
export const FISCAL_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3] as const;

const MONTH_CODES = FISCAL_MONTHS.map(String);

type UrlFilter = Pick<ReturnType<typeof useUrlFilter>, 'get' | 'getCode'>;

/** The filter a URL names; what is missing or not a valid choice means "all" (the year: the current one). */
export function reportFilterOf(url: UrlFilter, today: string): ReportFilter {
  const fy = Number(url.get('fy'));
  const month = url.getCode(MONTH_CODES, 'month');
  return {
    fiscalYear: url.get('fy') !== '' && Number.isInteger(fy) && fy >= 2019 && fy <= 2100 ? fy : fiscalYearOf(today),
    month: month ? Number(month) : null,
    town: url.getCode(TOWNS, 'town') || null,
    ageGroup: url.getCode(AGE_GROUPS, 'age') || null,
  };
}

export function useReportFilter(): { filter: ReportFilter; set: (name: 'fy' | 'month' | 'town' | 'age', value: string) => void } {
  const url = useUrlFilter();
  return { filter: reportFilterOf(url, todayIso()), set: url.set };
}

/** The query string of `filter` (without '?'): the links from a KPI to its records keep the filters. */
export function filterQuery(filter: ReportFilter): string {
  const params = new URLSearchParams({ fy: String(filter.fiscalYear) });
  if (filter.month !== null) params.set('month', String(filter.month));
  if (filter.town) params.set('town', filter.town);
  if (filter.ageGroup) params.set('age', filter.ageGroup);
  return params.toString();
}
