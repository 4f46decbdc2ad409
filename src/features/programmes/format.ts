/** Short dates for a programme's sessions: 「7月10日（金）」, the year being the programme's. */
import type { Lang } from '../../lib/i18n/i18n';

const jaDay = new Intl.DateTimeFormat('ja-JP', { month: 'long', day: 'numeric', weekday: 'short', timeZone: 'UTC' });
const enDay = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

export function sessionDay(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return (lang === 'ja' ? jaDay : enDay).format(date);
}

/** 「9:00〜12:00」 (an en dash in English), or one end alone, or '' when no time is set. */
export const timeRange = (start: string, end: string, lang: Lang) =>
  start || end ? `${start}${lang === 'ja' ? '〜' : '–'}${end}` : '';
