/** Instants (ISO date-times with an offset) in the device's time zone, for logs and audit trails. */
import type { Lang } from './i18n/i18n';

const formats = {
  ja: new Intl.DateTimeFormat('ja-JP', { dateStyle: 'medium', timeStyle: 'medium' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' }),
};

/** 2026/06/01 9:30:05 · 1 Jun 2026, 09:30:05. Empty or invalid input gives '' so callers can show a dash. */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : formats[lang].format(ms);
}
