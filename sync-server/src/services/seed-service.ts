/**
 * Loads a set of records (the demo data) into an empty store in one transaction, as if each had
 * been created by one push: version 1, every field at version 1, one server_seq each. Every record is
 * checked with its entity schema first so a broken generator cannot poison devices.
 */
import { ENTITY_SCHEMAS, type EntityName } from '../../../src/shared/entities';
import { isMetaKey } from '../../../src/sync/core/record-values';
import type { RecordWrite, SyncStore } from '../store/store-types';
import { scopeSchoolIdOf } from './scope';

export type SeedData = Partial<Record<EntityName, readonly Record<string, unknown>[]>>;

/** Returns how many records were written, or 0 when the store already had data. */
export async function seedIfEmpty(store: SyncStore, data: SeedData, now: string): Promise<number> {
  if (!(await store.isEmpty())) return 0;
  const rows = buildRows(data, now);
  await store.write(() => now, async (tx) => {
    for (const row of rows) row.serverSeq = tx.nextSeq();
    await tx.putRecords(rows);
  });
  return rows.length;
}

function buildRows(data: SeedData, now: string): RecordWrite[] {
  const rows: RecordWrite[] = [];
  for (const [entity, records] of Object.entries(data) as [EntityName, readonly Record<string, unknown>[]][]) {
    const schema = ENTITY_SCHEMAS[entity];
    for (const input of records) {
      const parsed = schema.safeParse({ ...input, version: 1, deleted: false });
      if (!parsed.success) throw new Error(`seed: invalid ${entity} ${String(input['id'])}: ${parsed.error.message}`);
      const record = parsed.data as RecordWrite['record'];
      const fieldVersions = Object.fromEntries(Object.keys(record).filter((k) => !isMetaKey(k)).map((k) => [k, 1]));
      rows.push({ entity, id: record['id'] as string, record, fieldVersions, fieldWriters: {}, serverSeq: 0, scopeSchoolId: scopeSchoolIdOf(entity, record), updatedAt: now });
    }
  }
  return rows;
}
