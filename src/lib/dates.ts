/**
 * Dates as people here expect them: stored as ISO (西暦), shown with the Japanese era (和暦) beside,
 * e.g. 1960年5月3日（昭和35年）. Dates are calendar days, so they are formatted in UTC to stop a
 * device's time zone from moving them by a day.
 */
import type { Lang } from './i18n/i18n';

const warekiFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });
const jaDate = new Intl.DateTimeFormat('ja-JP', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const enDate = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

const parse = (iso: string) => new Date(`${iso}T00:00:00Z`);

const warekiDayFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** 昭和64年1月7日 — an ISO date in the Japanese calendar. */
export function warekiDate(iso: string): string {
  return warekiDayFormat.format(parse(iso));
}

/** 令和8年 — the era year of an ISO date. */
export function warekiYear(iso: string): string {
  return warekiFormat.format(parse(iso));
}

/** 2026年11月25日（令和8年） / 25 Nov 2026 (令和8年). Empty input gives an empty string. */
export function formatDate(iso: string, lang: Lang): string {
  if (!iso) return '';
  const date = parse(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const main = lang === 'ja' ? jaDate.format(date) : enDate.format(date);
  return lang === 'ja' ? `${main}（${warekiYear(iso)}）` : `${main} (${warekiYear(iso)})`;
}

/** The device's calendar day as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** The Japanese fiscal year (年度) a date falls in: April to March. */
export function fiscalYearOf(iso: string): number {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return m >= 4 ? y : y - 1;
}
