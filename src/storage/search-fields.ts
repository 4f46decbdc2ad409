/**
 * Derived index fields for the screens' searches. They are computed from the record on every write,
 * stored only on the device, and stripped before anything is validated or sent.
 */
import type { EntityName, EntityRecord } from '../shared/entities';
import { toSearchKey } from '../shared/kana';
import type { SearchFields, Stored } from './db';

type NamedPerson = { familyName: string; givenName: string; familyNameKana: string; givenNameKana: string };

function personFields(p: NamedPerson): SearchFields {
  return {
    _reading: toSearchKey(p.familyNameKana + p.givenNameKana),
    _text: toSearchKey(`${p.familyName}${p.givenName} ${p.familyNameKana}${p.givenNameKana}`),
  };
}

export function withSearchFields<E extends EntityName>(entity: E, record: EntityRecord<E>): Stored<E> {
  const r = record as Record<string, unknown>;
  let extra: SearchFields = {};
  // A seeker's reading, folded text and phone digits live on its list row (seeker-rows.ts), computed there once.
  if (entity === 'students') {
    extra = personFields(record as EntityRecord<'students'>);
  } else if (entity === 'companies' || entity === 'schools') {
    const c = r as { name: string; nameKana: string };
    extra = { _reading: toSearchKey(c.nameKana), _text: toSearchKey(`${c.name} ${c.nameKana}`) };
  }
  return { ...record, ...extra } as Stored<E>;
}

/** The record as its schema knows it: derived fields removed. */
export function withoutSearchFields<T extends object>(stored: T): Omit<T, keyof SearchFields> {
  const { _reading, _text, _phone, ...record } = stored as T & SearchFields;
  void _reading;
  void _text;
  void _phone;
  return record;
}
