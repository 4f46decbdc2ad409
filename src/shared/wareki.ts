/**
 * Dates as people here say them: 和暦 (昭和50年4月1日, 平成元年1月8日, or the S50.4.1 shorthand of
 * forms and cards) or 西暦 (1975-04-01, 1975/4/1, 1975年4月1日, 19750401), read into the ISO date the
 * records store. Older seekers know their birth date by its era year, so the birth date accepts both.
 * An era ends the day before the next begins (昭和64年1月7日 is the last 昭和 day, 平成元年1月8日 the
 * first 平成 one), and a day outside its era is refused rather than moved, since it is a typing slip.
 * Display stays with Intl's Japanese calendar (src/lib/dates.ts), which shares these boundaries.
 */

export type EraName = '大正' | '昭和' | '平成' | '令和';

/** First day of each era (ISO), oldest first: 大正 covers anyone of working age still on the list. */
const ERAS: readonly { name: EraName; letter: string; start: string }[] = [
  { name: '大正', letter: 'T', start: '1912-07-30' },
  { name: '昭和', letter: 'S', start: '1926-12-25' },
  { name: '平成', letter: 'H', start: '1989-01-08' },
  { name: '令和', letter: 'R', start: '2019-05-01' },
];

export type DateEntry =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  /** A real day, but not in the era typed: `first`/`last` are the era's first and last days. */
  | { kind: 'outside-era'; era: EraName; first: string; last: string | undefined }
  | { kind: 'invalid' };

const ERA_PREFIX = '(大正|昭和|平成|令和|[大昭平令]|[TSHR])';
const SEP = '[-/.年]';
const ERA_DATE = new RegExp(`^${ERA_PREFIX}\\.?(元|\\d{1,2})${SEP}(\\d{1,2})(?:[-/.月])(\\d{1,2})日?$`, 'u');
/** S500401: an era letter and six digits, as on some paper forms. */
const ERA_COMPACT = /^([TSHR])(\d{2})(\d{2})(\d{2})$/u;
const WESTERN_DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/u;
const WESTERN_COMPACT = /^(\d{4})(\d{2})(\d{2})$/u;

/** What the text says, as a date: full-width digits, era ligatures (㍼) and spaces allowed. */
export function parseDateEntry(text: string): DateEntry {
  const input = text.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
  if (input === '') return { kind: 'empty' };
  const western = WESTERN_DATE.exec(input) ?? WESTERN_COMPACT.exec(input);
  if (western) return calendarDay(Number(western[1]), Number(western[2]), Number(western[3]));
  const era = ERA_DATE.exec(input) ?? ERA_COMPACT.exec(input);
  if (!era) return { kind: 'invalid' };
  const index = ERAS.findIndex((e) => e.name === era[1] || e.letter === era[1] || e.name.startsWith(era[1]!));
  const eraYear = era[2] === '元' ? 1 : Number(era[2]);
  const { name, start } = ERAS[index]!;
  if (eraYear < 1) return { kind: 'invalid' };
  const day = calendarDay(Number(start.slice(0, 4)) + eraYear - 1, Number(era[3]), Number(era[4]));
  if (day.kind !== 'date') return day;
  const next = ERAS[index + 1]?.start;
  if (day.iso < start || (next !== undefined && day.iso >= next)) return { kind: 'outside-era', era: name, first: start, last: next === undefined ? undefined : dayBefore(next) };
  return day;
}

/** The ISO date of a year, month and day, if that day exists (no 2月30日). */
function calendarDay(year: number, month: number, day: number): DateEntry {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { kind: 'invalid' };
  return { kind: 'date', iso: date.toISOString().slice(0, 10) };
}

function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
