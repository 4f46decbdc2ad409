/**
 * Writes of synced records. Every user write puts the record AND its outbox mutation in one Dexie
 * transaction, so a crash can never leave a change that sync does not know about.
 * The outbox carries only the fields that changed (a patch) and the server version the edit was based
 * on, which lets the server merge edits made to other fields on other devices.
 * Records are validated with the shared entity schema before anything is written: invalid input
 * throws and nothing is stored.
 */
import { ENTITY_SCHEMAS, type EntityName, type EntityRecord } from '../shared/entities';
import { RECORD_META_KEYS } from '../shared/fields';
import { newId } from '../shared/ids';
import type { Mutation } from '../shared/mutation';
import type { FieldDb, Stored } from './db';
import { withSearchFields, withoutSearchFields } from './search-fields';

type Fields<E extends EntityName> = Omit<EntityRecord<E>, (typeof RECORD_META_KEYS)[number]>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown>) {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if ((RECORD_META_KEYS as readonly string[]).includes(key)) continue;
    if (!before || !same(before[key], value)) patch[key] = value;
  }
  return patch;
}

function mutation(entity: EntityName, record: { id: string; version: number }, op: Mutation['op'], patch: Record<string, unknown>, now: string): Mutation {
  return { mutationId: newId(), entity, recordId: record.id, op, patch, baseVersion: record.version, clientTime: now };
}

/** Creates a record (no id) or updates one (with id). Resolves to the stored record. */
export async function saveRecord<E extends EntityName>(
  db: FieldDb,
  entity: E,
  fields: Fields<E>,
  id?: string,
  now: Date = new Date(),
): Promise<EntityRecord<E>> {
  const table = db.table(entity);
  const at = now.toISOString();
  return db.transaction('rw', [table, db.outbox], async () => {
    const existing = id ? ((await table.get(id)) as Stored<E> | undefined) : undefined;
    if (id && (!existing || existing.deleted)) throw new Error('not-found');
    const base = existing ? withoutSearchFields(existing) : undefined;
    const record = ENTITY_SCHEMAS[entity].parse({
      ...fields,
      id: id ?? newId(),
      createdAt: base?.createdAt ?? at,
      updatedAt: at,
      version: base?.version ?? 0,
      deleted: false,
    }) as EntityRecord<E>;
    const patch = changedFields(base as Record<string, unknown> | undefined, record as Record<string, unknown>);
    if (Object.keys(patch).length === 0) return base as EntityRecord<E>;
    await table.put(withSearchFields(entity, record));
    await db.outbox.add(mutation(entity, record, 'upsert', patch, at));
    return record;
  });
}

/** Deletes as a tombstone so the delete itself can travel through sync. */
export async function deleteRecord(db: FieldDb, entity: EntityName, id: string, now: Date = new Date()): Promise<void> {
  const table = db.table(entity);
  const at = now.toISOString();
  await db.transaction('rw', [table, db.outbox], async () => {
    const existing = (await table.get(id)) as Stored<typeof entity> | undefined;
    if (!existing || existing.deleted) return;
    await table.put({ ...existing, deleted: true, updatedAt: at });
    await db.outbox.add(mutation(entity, existing, 'delete', { deleted: true }, at));
  });
}

export async function getRecord<E extends EntityName>(db: FieldDb, entity: E, id: string): Promise<EntityRecord<E> | undefined> {
  const stored = (await db.table(entity).get(id)) as Stored<E> | undefined;
  return stored && !stored.deleted ? (withoutSearchFields(stored) as EntityRecord<E>) : undefined;
}

/** Loads records that are not on the device through a user's edit (demo data, a snapshot): no outbox. */
export async function bulkLoad<E extends EntityName>(db: FieldDb, entity: E, records: EntityRecord<E>[]): Promise<void> {
  await db.table(entity).bulkPut(records.map((r) => withSearchFields(entity, r)));
}
