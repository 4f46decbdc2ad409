/** A stored record's fields without its sync meta (id, version…): what a save takes. */
import { RECORD_META_KEYS } from '../../shared/fields';

export function fieldsOf<R extends Record<string, unknown>>(record: R): Omit<R, (typeof RECORD_META_KEYS)[number]> {
  const copy: Record<string, unknown> = { ...record };
  for (const key of RECORD_META_KEYS) delete copy[key];
  return copy as Omit<R, (typeof RECORD_META_KEYS)[number]>;
}
