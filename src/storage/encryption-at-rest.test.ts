/**
 * The marker scan: for every table of the schema, a value whose every field holds a marker string is
 * written through the app's database, then the raw IndexedDB values are read without the middleware
 * (the backend IDBDatabase) and no marker may show in clear except in the table's clear fields
 * (crypto/clear-fields.ts), none of which may be a personal field (src/domain/registry.ts).
 * A table added without a sample here fails the test, so it cannot be added unscanned.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rulesOf } from '../domain/registry';
import { ENTITY_NAMES, ENTITY_SCHEMAS, type EntityName } from '../shared/entities';
import type { Mutation } from '../shared/mutation';
import { CLEAR_FIELDS } from './crypto/clear-fields';
import { setDataKey } from './crypto/data-key';
import { forgetOpenedValues } from './crypto/sealed-value';
import { openFieldDb, type FieldDb } from './db';
import { DataLockedError } from './encryption-middleware';
import { readSortedSeekerRows } from './seeker-list-cache';

const MARK = 'MARKERxq';
const mark = (field: string) => `${MARK}-${field}`;

let db: FieldDb;
beforeEach(async () => {
  db = openFieldDb(`enc-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** Every field of the entity's record schema holding its marker (the middleware does not validate). */
function markedRecord(entity: EntityName, id: string): Record<string, unknown> {
  const shape = (ENTITY_SCHEMAS[entity] as unknown as { shape: Record<string, unknown> }).shape;
  return { ...Object.fromEntries(Object.keys(shape).map((f) => [f, mark(f)])), id, deleted: false, version: 1 };
}

const patch = { familyName: mark('patch'), notes: mark('patch') };
const mutation: Mutation = { mutationId: 'm1', entity: 'seekers', recordId: 's1', op: 'upsert', patch, baseVersion: 0, clientTime: '2026-01-01T00:00:00.000Z' };

/** One marked value per local table: what its writers store, every free value a marker. */
const LOCAL_SAMPLES: Record<string, () => Promise<void>> = {
  outbox: () => db.outbox.add({ ...mutation }).then(() => undefined),
  needsAttention: () =>
    db.needsAttention
      .put({ mutationId: 'm1', mutation, reason: 'invalid', details: { familyName: mark('details') }, rejectedAt: '2026-01-01T00:00:00.000Z', serverValues: { familyName: mark('serverValues') } } as never)
      .then(() => undefined),
  conflicts: () =>
    db.conflicts
      .put({ id: 'c1', entity: 'seekers', recordId: 's1', kind: 'field', field: 'notes', winner: 'server', serverValue: mark('serverValue'), losingValue: mark('losingValue') } as never)
      .then(() => undefined),
  // Written by the middleware from the seeker sample; the cached list is saved from the rows read.
  seekerRows: async () => {
    await db.seekers.put(markedRecord('seekers', 'row-seeker') as never);
  },
  listCache: async () => {
    const rows = await readSortedSeekerRows(db);
    await db.listCache.put({ key: 'seekers:list', token: 'any', json: JSON.stringify(rows) });
  },
  // Bookkeeping read before unlock, clear by design (README): nothing personal is written there.
  meta: async () => {},
};

/** What the local tables hold of a person: the values of mutations and conflicts, the list rows' names, the cached list. */
const LOCAL_PERSONAL = [
  'outbox.patch',
  'needsAttention.mutation.patch',
  'needsAttention.serverValues',
  'conflicts.serverValue',
  'conflicts.losingValue',
  ...['familyName', 'givenName', 'familyNameKana', 'givenNameKana', 'birthDate', 'reading', 'text', 'phone'].map((f) => `seekerRows.${f}`),
  'listCache.json',
];

/** Every string in a raw stored value, with its path; encrypted bytes are decoded too, so a marker cannot hide in them. */
function stringsOf(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (ArrayBuffer.isView(value)) return [{ path, text: new TextDecoder('latin1').decode(value as Uint8Array) }];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsOf(v, path ? `${path}.${k}` : k));
  return [];
}

function rawValues(table: string): Promise<unknown[]> {
  const idb = db.backendDB();
  return new Promise((resolve, reject) => {
    const req = idb.transaction(table, 'readonly').objectStore(table).getAll();
    req.onsuccess = () => resolve(req.result as unknown[]);
    req.onerror = () => reject(req.error ?? new Error('read failed'));
  });
}

/** The top-level (or dotted) field a path belongs to, as the clear list names it. */
const isClearPath = (table: string, path: string): boolean => {
  let spec: unknown = CLEAR_FIELDS[table];
  for (const part of path.split('.')) {
    if (spec === true) return true;
    if (!spec || typeof spec !== 'object') return false;
    spec = (spec as Record<string, unknown>)[part];
  }
  return spec === true;
};

describe('encryption at rest', () => {
  it('stores no marker in clear outside the clear fields, in every table of the schema', async () => {
    for (const entity of ENTITY_NAMES) await db.table(entity).put(markedRecord(entity, `${entity}-1`));
    const tables = db.tables.map((t) => t.name);
    const unsampled = tables.filter((t) => !(ENTITY_NAMES as string[]).includes(t) && !(t in LOCAL_SAMPLES));
    expect(unsampled, 'every table needs a marked sample here').toEqual([]);
    for (const t of tables) await LOCAL_SAMPLES[t]?.();

    const leaks: string[] = [];
    for (const t of tables) {
      const values = await rawValues(t);
      expect(values.length, `${t} holds the sample`).toBeGreaterThan(t === 'meta' ? -1 : 0);
      for (const value of values)
        for (const { path, text } of stringsOf(value)) if (text.includes(MARK) && !isClearPath(t, path)) leaks.push(`${t}.${path}`);
    }
    expect(leaks).toEqual([]);
  });

  it('keeps no personal field, and every index, among the clear fields', () => {
    for (const entity of ENTITY_NAMES) for (const field of rulesOf(entity).personal) expect(isClearPath(entity, field), `${entity}.${field}`).toBe(false);
    for (const path of LOCAL_PERSONAL) expect(isClearPath(path.split('.')[0]!, path.split('.').slice(1).join('.')), path).toBe(false);
    for (const table of db.tables)
      for (const index of [table.schema.primKey, ...table.schema.indexes])
        for (const path of [index.keyPath ?? []].flat()) expect(isClearPath(table.name, path), `index ${table.name}.${path}`).toBe(true);
  });

  it('deflates a large value before sealing it, and gives it back', async () => {
    const json = JSON.stringify(Array.from({ length: 3_000 }, (_, i) => ({ id: `s${i}`, familyName: '山田', reading: 'ヤマダハナコ' })));
    await db.listCache.put({ key: 'seekers:list', token: 't', json });
    const [raw] = (await rawValues('listCache')) as { _enc: Uint8Array }[];
    expect(raw!._enc.byteLength).toBeLessThan(new TextEncoder().encode(json).byteLength / 4);
    expect((await db.listCache.get('seekers:list'))?.json).toBe(json);
    forgetOpenedValues(); // read it back through WebCrypto, not the memory of what was sealed
    expect((await db.listCache.get('seekers:list'))?.json).toBe(json);
  });

  it('gives back what was written, and only the clear fields while locked', async () => {
    const seeker = markedRecord('seekers', 's1');
    await db.seekers.put(seeker as never);
    expect(await db.seekers.get('s1')).toEqual(seeker);
    forgetOpenedValues();
    expect(await db.seekers.get('s1')).toEqual(seeker);
    expect(await db.seekers.filter((s) => s.familyName === mark('familyName')).count()).toBe(1);

    setDataKey(null);
    const locked = (await db.seekers.get('s1')) as unknown as Record<string, unknown>;
    expect(locked).toMatchObject({ id: 's1', town: mark('town') });
    expect(locked['familyName']).toBeUndefined();
    await expect(db.seekers.put(seeker as never)).rejects.toBeInstanceOf(DataLockedError);
  });
});
