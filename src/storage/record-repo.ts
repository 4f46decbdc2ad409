/**
 * Writes of synced records. Every user write puts the record AND its outbox mutation in one Dexie
 * transaction, so a crash can never leave a change that sync does not know about.
 * The outbox carries only the fields that changed (a patch) and the server version the edit was based
 * on, which lets the server merge edits made to other fields on other devices.
 * Before anything is written, the record passes its entity schema and the domain rules
 * (src/domain/check-write.ts, the same check the server runs on push): a broken rule throws a
 * RuleError naming the rule and nothing is stored. In the same transaction the device also writes
 * what the rules derive (status history, provision records; kept local, the server writes its own
 * copy under the same id), the follow-ups the write brings (src/domain/follow-ups.ts: a hire's fee, a
 * company's host status; each an outbox write of its own) and, for a person's delete, the erasure of
 * their data everywhere.
 */
import { checkWrite } from '../domain/check-write';
import { derivedWrites, type DerivedWrite } from '../domain/derived-records';
import { erasurePlan, ledgerHoldsOf, personalDataPatch, withoutPersonalData } from '../domain/erasure';
import { followUpWrites } from '../domain/follow-ups';
import { rulesOf } from '../domain/registry';
import type { Actor, PlainRecord, RuleViolation, WriteOp } from '../domain/rule-types';
import { ENTITY_NAMES, ENTITY_SCHEMAS, type EntityName, type EntityRecord } from '../shared/entities';
import { RECORD_META_KEYS } from '../shared/fields';
import { newId } from '../shared/ids';
import type { Mutation } from '../shared/mutation';
import type { FieldDb, Stored } from './db';
import { deviceReader } from './domain-reader';
import { withSearchFields, withoutSearchFields } from './search-fields';
import { sealOutboxAhead, sealRecordsAhead } from './seal-ahead';
import { readSession } from './session-repo';

type Fields<E extends EntityName> = Omit<EntityRecord<E>, (typeof RECORD_META_KEYS)[number]>;

/** A write the domain rules refuse; `violation` says which rule, on which field, with which values. */
export class RuleError extends Error {
  constructor(readonly violation: RuleViolation) {
    super(`rule:${violation.rule}`);
    this.name = 'RuleError';
  }
}

/** Who writes when no session is stored (tests and tools that write without signing in). */
const LOCAL_ACTOR: Actor = { userId: 'local', role: 'coordinator', schoolId: null };

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

/** Every entity table, the outbox and meta: the rules may read any record, and the session is in meta. */
export const recordWriteScope = (db: FieldDb) => [...ENTITY_NAMES.map((e) => db.table(e)), db.outbox, db.meta];

async function actorOf(db: FieldDb, given: Actor | undefined): Promise<Actor> {
  if (given) return given;
  const session = await readSession(db);
  return session ? { userId: session.user.userId, role: session.user.role, schoolId: session.user.schoolId } : LOCAL_ACTOR;
}

/** The day on the device's calendar (the coordinator's "today"). */
const localDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

async function enforce(db: FieldDb, entity: EntityName, op: WriteOp, id: string, before: PlainRecord | undefined, after: PlainRecord | undefined, actor: Actor, now: Date) {
  const broken = await checkWrite({ entity, op, id, before, after, actor, today: localDay(now), reader: deviceReader(db) });
  if (broken) throw new RuleError(broken);
}

/** Records the rules derive from this write, stored locally without an outbox entry (the server writes its own). */
async function storeDerived(db: FieldDb, input: Parameters<typeof derivedWrites>[0]) {
  await storeRuleRecords(db, derivedWrites(input), input.now);
}

async function storeRuleRecords(db: FieldDb, writes: readonly DerivedWrite[], now: string) {
  for (const d of writes) {
    const table = db.table(d.entity);
    if (await table.get(d.id)) continue;
    const record = ENTITY_SCHEMAS[d.entity].parse({ ...d.fields, id: d.id, createdAt: now, updatedAt: now, version: 0, deleted: false });
    await table.put(withSearchFields(d.entity, record as never));
  }
}

export type WriteOptions = { now?: Date; actor?: Actor };

/**
 * Creates a record (no id), updates one (id of a live record), or creates one under a chosen id when
 * the entity's ids are derived from its fields (an attendance mark per session × student). Resolves
 * to the stored record; throws RuleError when a domain rule refuses the write.
 */
export async function saveRecord<E extends EntityName>(
  db: FieldDb,
  entity: E,
  fields: Fields<E>,
  id?: string,
  now: Date = new Date(),
  actor?: Actor,
): Promise<EntityRecord<E>> {
  return db.transaction('rw', recordWriteScope(db), async () => saveInTransaction(db, entity, fields as PlainRecord, id, now, await actorOf(db, actor), 0));
}

/** Saves one record inside `writeTogether`: as saveRecord, within the shared transaction. */
export type SaveInWrite = <E extends EntityName>(entity: E, fields: Fields<E>, id?: string) => Promise<EntityRecord<E>>;

/**
 * Several saves that stand or fall together (a class added to a programme, a session with its
 * students' internships): one transaction, each save checked and queued as saveRecord does, and a
 * refusal of any of them stores none. `work` may also read the records inside the transaction.
 */
export async function writeTogether<T>(db: FieldDb, work: (save: SaveInWrite) => Promise<T>, now: Date = new Date(), actor?: Actor): Promise<T> {
  return db.transaction('rw', recordWriteScope(db), async () => {
    const who = await actorOf(db, actor);
    return work((entity, fields, id) => saveInTransaction(db, entity, fields as PlainRecord, id, now, who, 0));
  });
}

/** One write of a batch: a record of `entity` created (no id) or updated (id), as `saveRecord` takes it. */
export type RecordWrite = { [E in EntityName]: { entity: E; fields: Fields<E>; id?: string | undefined } }[EntityName];

/**
 * A list of writes that stand or fall together (a file of students imported at once must never be half
 * there): resolves to the stored records in order; the first refused write throws and stores none.
 */
export async function saveRecords(db: FieldDb, writes: readonly RecordWrite[], now: Date = new Date(), actor?: Actor): Promise<EntityRecord<EntityName>[]> {
  return writeTogether(
    db,
    async (save) => {
      const saved: EntityRecord<EntityName>[] = [];
      for (const w of writes) saved.push(await save(w.entity, w.fields as never, w.id));
      return saved;
    },
    now,
    actor,
  );
}

/** Follow-ups of follow-ups stop here (none today goes deeper than one step). */
const MAX_FOLLOW_UP_DEPTH = 2;

async function saveInTransaction<E extends EntityName>(db: FieldDb, entity: E, fields: PlainRecord, id: string | undefined, now: Date, who: Actor, depth: number): Promise<EntityRecord<E>> {
  const table = db.table(entity);
  const at = now.toISOString();
  const existing = id ? ((await table.get(id)) as Stored<E> | undefined) : undefined;
  const chosenId = id !== undefined && !existing && rulesOf(entity).derivedId !== undefined;
  if (id && !chosenId && (!existing || existing.deleted)) throw new Error('not-found');
  const base = existing ? (withoutSearchFields(existing) as PlainRecord) : undefined;
  const record = ENTITY_SCHEMAS[entity].parse({
    ...fields,
    id: id ?? newId(),
    createdAt: base?.['createdAt'] ?? at,
    updatedAt: at,
    version: base?.['version'] ?? 0,
    deleted: false,
  }) as EntityRecord<E>;
  const patch = changedFields(base, record as Record<string, unknown>);
  if (Object.keys(patch).length === 0) return base as EntityRecord<E>;
  const stored = withSearchFields(entity, record);
  const m = mutation(entity, record, 'upsert', patch, at);
  // Encrypted while the rules read, all at once: the writes below then wait on no WebCrypto round trip.
  sealRecordsAhead(db, entity, [stored]);
  sealOutboxAhead(db, [m]);
  await enforce(db, entity, 'upsert', record.id, base, record as PlainRecord, who, now);
  await table.put(stored);
  await db.outbox.add(m);
  await storeDerived(db, { entity, id: record.id, mutationId: m.mutationId, before: base, after: record as PlainRecord, actor: who, now: at });
  if (depth < MAX_FOLLOW_UP_DEPTH) await applyFollowUps(db, entity, record.id, base, record as PlainRecord, now, who, depth);
  return record;
}

/**
 * The writes this one brings (src/domain/follow-ups.ts), in the same transaction. A follow-up the
 * rules refuse is left undone rather than undoing the person's own write (it is a convenience: a
 * company's status, a fee the fee list also lets a coordinator add).
 */
async function applyFollowUps(db: FieldDb, entity: EntityName, id: string, before: PlainRecord | undefined, after: PlainRecord, now: Date, who: Actor, depth: number) {
  for (const f of await followUpWrites({ entity, id, before, after, reader: deviceReader(db) })) {
    const current = (await db.table(f.entity).get(f.id)) as PlainRecord | undefined;
    if (f.kind === 'create' && current) continue;
    if (f.kind === 'patch' && (!current || current['deleted'] === true)) continue;
    const fields = f.kind === 'patch' ? { ...withoutSearchFields(current!), ...f.fields } : f.fields;
    try {
      await saveInTransaction(db, f.entity, fields, f.id, now, who, depth + 1);
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
    }
  }
}

/**
 * Deletes as a tombstone so the delete itself can travel through sync. Deleting a person erases
 * their data in the same transaction (src/domain/erasure.ts): each reached record is deleted or
 * blanked with an outbox entry of its own, and the person's tombstone keeps no personal field.
 */
export async function deleteRecord(db: FieldDb, entity: EntityName, id: string, now: Date = new Date(), actor?: Actor): Promise<void> {
  const table = db.table(entity);
  const at = now.toISOString();
  await db.transaction('rw', recordWriteScope(db), async () => {
    const existing = (await table.get(id)) as Stored<typeof entity> | undefined;
    if (!existing || existing.deleted) return;
    const who = await actorOf(db, actor);
    await enforce(db, entity, 'delete', id, withoutSearchFields(existing) as PlainRecord, undefined, who, now);
    const erase = rulesOf(entity).delete === 'erase';
    await table.put({ ...(erase ? withoutPersonalData(entity, existing) : existing), deleted: true, updatedAt: at });
    await db.outbox.add(mutation(entity, existing, 'delete', { deleted: true }, at));
    if (!erase) return;
    // The ledger line the law keeps, on the device only for the role that may read it (the server writes its own).
    if (who.role === 'admin') await storeRuleRecords(db, ledgerHoldsOf(entity, existing, at), at);
    for (const step of await erasurePlan(entity, id, deviceReader(db))) {
      const reached = db.table(step.entity);
      const record = (await reached.get(step.id)) as PlainRecord & { id: string; version: number };
      const patch = personalDataPatch(step.entity, record);
      const blanked = { ...withoutPersonalData(step.entity, record), updatedAt: at };
      if (step.kind === 'erase') {
        await reached.put({ ...blanked, deleted: true });
        await db.outbox.add(mutation(step.entity, record, 'delete', { deleted: true }, at));
      } else if (Object.keys(patch).length > 0) {
        await reached.put(blanked);
        await db.outbox.add(mutation(step.entity, record, 'upsert', patch, at));
      }
    }
  });
}

/** Brings a deleted record back, for the roles the domain allows; travels like any write. */
export async function restoreRecord(db: FieldDb, entity: EntityName, id: string, now: Date = new Date(), actor?: Actor): Promise<void> {
  const table = db.table(entity);
  const at = now.toISOString();
  await db.transaction('rw', recordWriteScope(db), async () => {
    const existing = (await table.get(id)) as Stored<typeof entity> | undefined;
    if (!existing || !existing.deleted) return;
    const record = withoutSearchFields(existing) as PlainRecord;
    await enforce(db, entity, 'restore', id, record, { ...record, deleted: false }, await actorOf(db, actor), now);
    await table.put({ ...existing, deleted: false, updatedAt: at });
    await db.outbox.add(mutation(entity, existing, 'restore', {}, at));
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
