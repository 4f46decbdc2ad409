/**
 * Words for the review screens: a record's name and a value as a person reads it (a field's label is
 * lib/i18n/record-labels.ts's, shared with the forms). Unknown entities fall back to their code name
 * rather than hiding anything.
 */
import { hasMessage, type Lang, type Translate } from '../../../lib/i18n/i18n';
import { joinLabels } from '../../../lib/i18n/join-labels';

export function entityLabel(t: Translate, entity: string): string {
  const key = `entity.${entity}`;
  return hasMessage(key) ? t(key) : entity;
}

export function recordName(t: Translate, entity: string, record: Record<string, unknown> | undefined, fallback?: Record<string, unknown>): string {
  const r = { ...fallback, ...record };
  if (typeof r['familyName'] === 'string') return `${r['familyName']} ${String(r['givenName'] ?? '')}`.trim();
  if (typeof r['name'] === 'string') return r['name'];
  if (typeof r['date'] === 'string') return `${entityLabel(t, entity)} ${r['date']}`;
  return entityLabel(t, entity);
}

export function valueText(t: Translate, lang: Lang, value: unknown): string {
  if (value === undefined || value === null || value === '') return t('sync.empty');
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (Array.isArray(value)) return value.length === 0 ? t('sync.empty') : joinLabels(value.map(String), lang);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** "14:05" today, "4/1 14:05" on other days: what a coordinator needs to place a change. */
export function shortTime(iso: string, now: Date = new Date()): string {
  const d = new Date(iso);
  const hm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return d.toDateString() === now.toDateString() ? hm : `${d.getMonth() + 1}/${d.getDate()} ${hm}`;
}

/** Where a record can be edited in this app (only seekers and companies have editors so far). */
export function editPath(entity: string, id: string): string | undefined {
  if (entity === 'seekers') return `/seekers/${id}/edit`;
  if (entity === 'companies') return `/companies/${id}/edit`;
  return undefined;
}

export function detailPath(entity: string, id: string): string | undefined {
  if (entity === 'seekers' || entity === 'companies') return `/${entity}/${id}`;
  return undefined;
}
