/**
 * The device side of sync bookkeeping: the pull cursor, the device id, and applying server pages.
 * Each page is written with its cursor in ONE transaction, so a cut between two
 * pages resumes from the last page stored and never skips or doubles a change. Server records are
 * rebased under the outbox (rebaseRecord), so a pull never overwrites a field the user has not
 * pushed yet (sync/core/rebase.ts). Nothing here goes to the outbox: these are the server's changes, not the user's.
 */
import { liveQuery } from 'dexie';
import { ENTITY_NAMES, type EntityName, type EntityRecord } from '../shared/entities';
import type { Change, ConflictRecord } from '../shared/sync-protocol';
import { pendingByRecord, rebaseRecord, recordKey, type LocalRecord } from '../sync/core/rebase';
import type { FieldDb, LocalConflict } from './db';
import { readMeta, writeMeta } from './meta-store';
import { sealRecordsAhead } from './seal-ahead';
import { withSearchFields } from './search-fields';

/** `snapshot`: the initial sync is under way (resume it from `cursor`); `pull`: incremental from `cursor`. */
export type SyncState = { mode: 'snapshot' | 'pull'; cursor: string; done: number; total: number };

const STATE_KEY = 'sync.state';
const CLIENT_ID_KEY = 'sync.clientId';
const LAST_SYNCED_KEY = 'sync.lastSyncedAt';
/** The scope fingerprint the local records were pulled under (sync-protocol.ts header). */
const FINGERPRINT_KEY = 'sync.scopeFingerprint';

export async function readSyncState(db: FieldDb): Promise<SyncState | undefined> {
  return readMeta<SyncState>(db, STATE_KEY);
}

/** Forgets the cursor (reset-required): the next sync starts a fresh snapshot. Records stay. */
export async function clearSyncState(db: FieldDb): Promise<void> {
  await db.meta.delete(STATE_KEY);
}

export async function readScopeFingerprint(db: FieldDb): Promise<string | undefined> {
  return readMeta<string>(db, FINGERPRINT_KEY);
}

/**
 * Would applying a page with this fingerprint mix records of two scopes? True when the stored
 * fingerprint differs, and also when records were pulled but no fingerprint was stored (pulled
 * before sign-in existed, i.e. under no scope at all): both mean re-snapshot.
 */
export async function scopeChanged(db: FieldDb, pageFingerprint: string | undefined): Promise<boolean> {
  if (pageFingerprint === undefined) return false;
  const stored = await readScopeFingerprint(db);
  if (stored !== undefined) return stored !== pageFingerprint;
  return (await readSyncState(db)) !== undefined;
}

/**
 * The scope changed (role or school): drop every synced record, the conflicts and set-aside
 * mutations about them (they may hold values now out of scope), the cursor and the fingerprint,
 * so the next sync re-snapshots under the new scope. The outbox is kept: the caller pushes it first
 * and only calls this once it is empty.
 */
export async function dropScopedData(db: FieldDb): Promise<void> {
  await db.transaction('rw', [...entityTables(db), db.conflicts, db.needsAttention, db.meta], async () => {
    await Promise.all([...entityTables(db).map((t) => t.clear()), db.conflicts.clear(), db.needsAttention.clear()]);
    await db.meta.bulkDelete([STATE_KEY, FINGERPRINT_KEY]);
  });
}

export async function readLastSyncedAt(db: FieldDb): Promise<string | undefined> {
  return readMeta<string>(db, LAST_SYNCED_KEY);
}

export async function writeLastSyncedAt(db: FieldDb, at: string): Promise<void> {
  await writeMeta(db, LAST_SYNCED_KEY, at);
}

/** The device's id, made once and kept (it makes every mutation id's origin known to the server). */
export async function getOrCreateClientId(db: FieldDb, make: () => string): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const existing = (await db.meta.get(CLIENT_ID_KEY))?.value;
    if (typeof existing === 'string') return existing;
    const id = make();
    await db.meta.put({ key: CLIENT_ID_KEY, value: id });
    return id;
  });
}

const entityTables = (db: FieldDb) => ENTITY_NAMES.map((e) => db.table(e));

function recordsByEntity(changes: readonly Change[]): Map<EntityName, LocalRecord[]> {
  const byEntity = new Map<EntityName, LocalRecord[]>();
  for (const { entity, record } of changes) {
    const list = byEntity.get(entity) ?? [];
    list.push(record as unknown as LocalRecord);
    byEntity.set(entity, list);
  }
  return byEntity;
}

/**
 * Writes server records under the pending outbox. Must run inside a transaction that covers the
 * entity tables and the outbox. `checkVersions`: skip a server copy older than the local one (pulls
 * and push answers); snapshot pages skip the read because sync runs push → snapshot in order, so a
 * page is never older than what the device holds, and the read would cost ~10% of an initial sync.
 */
export async function putServerRecords(db: FieldDb, changes: readonly Change[], checkVersions: boolean): Promise<void> {
  if (changes.length === 0) return;
  const pending = pendingByRecord(await db.outbox.toArray());
  for (const [entity, servers] of recordsByEntity(changes)) {
    const table = db.table(entity);
    const locals = checkVersions ? ((await table.bulkGet(servers.map((r) => r.id))) as (LocalRecord | undefined)[]) : [];
    const rows = servers.map((server, i) => {
      const mine = pending.get(recordKey(entity, server.id));
      const local = locals[i];
      if (!mine && !(local && local.version > server.version)) return withSearchFields(entity, server as unknown as EntityRecord<typeof entity>);
      const merged = rebaseRecord({ local, server, pending: mine ?? [] });
      return withSearchFields(entity, merged as unknown as EntityRecord<typeof entity>);
    });
    await table.bulkPut(rows);
  }
}

/** Open conflicts are kept, resolved ones removed; a local "resolve pending" mark survives a re-delivery. */
export async function putServerConflicts(db: FieldDb, conflicts: readonly ConflictRecord[]): Promise<void> {
  if (conflicts.length === 0) return;
  const open = conflicts.filter((c) => !c.resolved);
  const existing = await db.conflicts.bulkGet(open.map((c) => c.id));
  await db.conflicts.bulkPut(open.map((c, i): LocalConflict => (existing[i]?.resolvePending ? { ...c, resolvePending: true } : c)));
  await db.conflicts.bulkDelete(conflicts.filter((c) => c.resolved).map((c) => c.id));
}

export type ServerPage = {
  changes: readonly Change[];
  conflicts: readonly ConflictRecord[];
  removed?: readonly { entity: EntityName; id: string }[] | undefined;
  scopeFingerprint?: string | undefined;
};

/** Records that left the user's scope: gone from the device, with their open conflicts (not deletes). */
async function dropRemoved(db: FieldDb, removed: ServerPage['removed']): Promise<void> {
  if (!removed || removed.length === 0) return;
  const byEntity = new Map<EntityName, string[]>();
  for (const { entity, id } of removed) byEntity.set(entity, [...(byEntity.get(entity) ?? []), id]);
  for (const [entity, ids] of byEntity) await db.table(entity).bulkDelete(ids);
  await db.conflicts.where('recordId').anyOf(removed.map((r) => r.id)).delete();
}

/**
 * Starts encrypting a page's records as putServerRecords will store them (seal-ahead.ts), before its
 * transaction: a snapshot page is sealed while the page before it is being written.
 */
export function sealPageAhead(db: FieldDb, page: ServerPage): void {
  for (const [entity, servers] of recordsByEntity(page.changes)) sealRecordsAhead(db, entity, servers.map((server) => withSearchFields(entity, server as unknown as EntityRecord<typeof entity>)));
}

/** One page and the state that follows it, in one transaction: the unit of resumability. */
export async function applyServerPage(db: FieldDb, page: ServerPage, next: SyncState, checkVersions: boolean): Promise<void> {
  await db.transaction('rw', [...entityTables(db), db.outbox, db.conflicts, db.meta], async () => {
    // sync-protocol.ts: `removed` before `changes` of the same page.
    await dropRemoved(db, page.removed);
    await putServerRecords(db, page.changes, checkVersions);
    if (page.scopeFingerprint !== undefined) await db.meta.put({ key: FINGERPRINT_KEY, value: page.scopeFingerprint });
    await putServerConflicts(db, page.conflicts);
    await db.meta.put({ key: STATE_KEY, value: next });
  });
}

/**
 * Calls `onWrite` whenever a new outbox entry appears, in this tab or another (liveQuery follows
 * IndexedDB changes across tabs). Entries leaving the outbox (acked pushes) do not count.
 */
export function subscribeOutboxWrites(db: FieldDb, onWrite: () => void): () => void {
  let highest: number | undefined;
  const subscription = liveQuery(() => db.outbox.orderBy('seq').lastKey()).subscribe({
    next: (last) => {
      const seq = typeof last === 'number' ? last : 0;
      if (highest !== undefined && seq > highest) onWrite();
      highest = Math.max(highest ?? 0, seq);
    },
    error: () => {},
  });
  return () => subscription.unsubscribe();
}

export function countOutbox(db: FieldDb): Promise<number> {
  return db.outbox.count();
}
