/**
 * The period a report filter stands for: a fiscal year (1 April … 31 March), or one month of it (April–
 * December in the year's own calendar year, January–March in the next). Figures about "now" (in progress,
 * active, a milestone reached) are taken on the as-of day: the period's last day, or today when the
 * period has not ended yet.
 */
import { addDays, addMonths } from './dates';
import { fiscalYearRange } from './fiscal-year';

export type ReportPeriod = { from: string; to: string };

/** 'YYYY-MM' of a fiscal year's month m (1–12). */
export function fiscalMonthKey(fiscalYear: number, month: number): string {
  const year = month >= 4 ? fiscalYear : fiscalYear + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The twelve months of a fiscal year in order, April first ('YYYY-MM'). */
export const fiscalYearMonths = (fiscalYear: number): string[] =>
  [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3].map((m) => fiscalMonthKey(fiscalYear, m));

export function reportPeriod(filter: { fiscalYear: number; month: number | null }): ReportPeriod {
  if (filter.month === null) return fiscalYearRange(filter.fiscalYear);
  const from = `${fiscalMonthKey(filter.fiscalYear, filter.month)}-01`;
  return { from, to: addDays(addMonths(from, 1), -1) };
}

export const asOfDay = (period: ReportPeriod, today: string): string => (today < period.to ? today : period.to);

export const within = (day: string, period: ReportPeriod): boolean =>
  day !== '' && period.from <= day && day <= period.to;
