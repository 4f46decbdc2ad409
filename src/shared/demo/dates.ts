/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) for the demo generator. Done in UTC on purpose:
 * the result must not depend on the time zone of the machine that seeds the data.
 */
import type { Rng } from './rng';

const DAY_MS = 86_400_000;

const toMs = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromMs(toMs(date) + days * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

export const minDate = (a: string, b: string) => (a < b ? a : b);
export const maxDate = (a: string, b: string) => (a > b ? a : b);

/** A date in [from, to], both inclusive; `from` when the range is empty. */
export function dateBetween(rng: Rng, from: string, to: string): string {
  return addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
}

/** `months` calendar months later; a day past the target month's end lands on its last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The first day of the month after `date` (fees are invoiced monthly, for the previous month's hires). */
export const monthStartAfter = (date: string) => `${addMonths(date, 1).slice(0, 7)}-01`;

/** Moves a date forward past Saturday and Sunday: schools and companies meet on weekdays. */
export function weekday(date: string): string {
  const dow = new Date(toMs(date)).getUTCDay();
  return dow === 6 ? addDays(date, 2) : dow === 0 ? addDays(date, 1) : date;
}

/** Moves a date back past Saturday and Sunday to the Friday before. */
export function weekdayBefore(date: string): string {
  const dow = new Date(toMs(date)).getUTCDay();
  return dow === 6 ? addDays(date, -1) : dow === 0 ? addDays(date, -2) : date;
}

/** Japanese fiscal year (April–March) a date falls in. */
export function fiscalYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 4 ? year : year - 1;
}

/** `years` calendar years earlier; 29 Feb lands on 28 Feb in a common year. */
export function yearsBefore(date: string, years: number): string {
  const year = String(Number(date.slice(0, 4)) - years).padStart(4, '0');
  const candidate = `${year}${date.slice(4, 10)}`;
  return fromMs(toMs(candidate)) === candidate ? candidate : `${year}-02-28`;
}

/** An office-hours timestamp in Japan time on `date`, in the ISO form the record meta schema expects. */
export function officeTime(rng: Rng, date: string): string {
  const hh = String(rng.int(9, 17)).padStart(2, '0');
  const mm = String(rng.int(0, 59)).padStart(2, '0');
  const ss = String(rng.int(0, 59)).padStart(2, '0');
  return `${date.slice(0, 10)}T${hh}:${mm}:${ss}.000+09:00`;
}
