/**
 * Outbox side of a push: read a batch in order, then settle the server's answer in ONE transaction:
 * acked mutations leave the outbox, rejected ones move to `needsAttention` with their reason (never
 * dropped: a person decides, attention-repo.ts), and the server's copies of the touched records are rebased under what
 * is still pending, so an acked edit shows the server's merge result at once. A slim ack (the server's
 * record is exactly this device's edit, sync-protocol.ts header) only moves the server-owned meta.
 */
import { ENTITY_NAMES } from '../shared/entities';
import type { PushAck, PushResponse, Rejection } from '../shared/sync-protocol';
import { settlePushResponse } from '../sync/core/push-failure';
import { userFields } from '../sync/core/record-values';
import { currentDataKey } from './crypto/data-key';
import type { AttentionEntry, FieldDb, OutboxEntry } from './db';
import { DataLockedError } from './encryption-middleware';
import { withUnchangedListRows } from './seeker-rows-middleware';
import { putServerConflicts, putServerRecords } from './sync-repo';

export async function readOutboxBatch(db: FieldDb, size: number): Promise<OutboxEntry[]> {
  // Locked, the entries read would lack their sealed patches: never push those.
  if (!currentDataKey()) throw new DataLockedError();
  return db.outbox.orderBy('seq').limit(size).toArray();
}

const syncTables = (db: FieldDb) => [...ENTITY_NAMES.map((e) => db.table(e)), db.outbox, db.conflicts, db.needsAttention];

function attentionEntry(entry: OutboxEntry, rejection: Pick<Rejection, 'reason' | 'details'>, at: string, server?: Record<string, unknown>): AttentionEntry {
  const { seq: _seq, ...mutation } = entry;
  const serverValues = server ? Object.fromEntries(Object.keys(userFields(mutation.patch)).map((f) => [f, server[f]])) : undefined;
  return { mutationId: mutation.mutationId, mutation, reason: rejection.reason, details: rejection.details, rejectedAt: at, ...(serverValues ? { serverValues } : {}) };
}

/**
 * Deletes these outbox entries. A batch is read as consecutive entries, and the usual answer settles
 * all of it: then the entries are one key range, deleted with one request instead of one per entry.
 * The range is used only when every key in it is one of `seqs` (an entry added meanwhile gets a
 * higher seq, but nothing here relies on that).
 */
async function deleteFromOutbox(db: FieldDb, seqs: readonly number[]): Promise<void> {
  if (seqs.length === 0) return;
  const range = db.outbox.where(':id').between(Math.min(...seqs), Math.max(...seqs), true, true);
  const settling = new Set(seqs);
  const inRange = await range.primaryKeys();
  if (inRange.every((seq) => seq !== undefined && settling.has(seq))) await range.delete();
  else await db.outbox.bulkDelete([...seqs]);
}

/** Returns how many were applied and how many set aside. */
export async function settlePushAnswer(db: FieldDb, sent: readonly OutboxEntry[], response: PushResponse, now: string): Promise<{ applied: number; rejected: number }> {
  return db.transaction('rw', syncTables(db), async () => {
    const settled = settlePushResponse(sent.map((m) => m.mutationId), response);
    const bySeq = new Map(sent.map((m) => [m.mutationId, m]));
    await deleteFromOutbox(db, settled.acked.map((id) => bySeq.get(id)?.seq).filter((s): s is number => s !== undefined));
    const serverRecords = new Map(response.records.map((c) => [`${c.entity}/${c.record.id}`, c.record as Record<string, unknown>]));
    await db.needsAttention.bulkPut(
      settled.setAside.flatMap((r) => {
        const entry = bySeq.get(r.mutationId);
        return entry ? [attentionEntry(entry, r, now, serverRecords.get(`${entry.entity}/${entry.recordId}`))] : [];
      }),
    );
    await putServerRecords(db, response.records, true);
    await applyAcks(db, response.acks ?? []);
    await putServerConflicts(db, response.conflicts);
    return { applied: settled.acked.length - settled.setAside.length, rejected: settled.setAside.length };
  });
}

/**
 * The local copy already holds the acked values (the device's own edit, plus anything still pending
 * on top), so only version and timestamps change: no rebase, no search fields to derive, and an answer
 * a fraction of the size. A copy at the same or a newer version is left alone. Nothing a seeker's list
 * row holds changes either, so the rows are not written again (seeker-rows-middleware.ts).
 */
async function applyAcks(db: FieldDb, acks: readonly PushAck[]): Promise<void> {
  const byEntity = new Map<PushAck['entity'], PushAck[]>();
  for (const ack of acks) {
    const list = byEntity.get(ack.entity);
    if (list) list.push(ack);
    else byEntity.set(ack.entity, [ack]);
  }
  for (const [entity, list] of byEntity) {
    const table = db.table(entity);
    const locals = (await table.bulkGet(list.map((a) => a.id))) as ({ version: number } | undefined)[];
    const rows = list.flatMap((ack, i) => {
      const local = locals[i];
      return local && local.version < ack.version ? [{ ...local, version: ack.version, createdAt: ack.createdAt, updatedAt: ack.updatedAt }] : [];
    });
    await table.bulkPut(withUnchangedListRows(rows));
  }
}

/** A batch the server refused as malformed: the named mutations leave the queue for a person to see. */
export async function setAsideMutations(db: FieldDb, items: readonly { entry: OutboxEntry; reason: Rejection['reason']; details: Rejection['details'] }[], now: string): Promise<void> {
  await db.transaction('rw', [db.outbox, db.needsAttention], async () => {
    await deleteFromOutbox(db, items.map((i) => i.entry.seq).filter((s): s is number => s !== undefined));
    await db.needsAttention.bulkPut(items.map((i) => attentionEntry(i.entry, i, now)));
  });
}

/**
 * "Edit and resend": once the user has saved the record again, the first new outbox mutation for it
 * also carries the rejected patch's fields (with their current local values, i.e. as the user left
 * them), so fields the user did not touch in the form are not lost. The entry is done then: if the
 * server refuses again, a new entry is made.
 */
export async function foldResends(db: FieldDb): Promise<void> {
  await db.transaction('rw', [...ENTITY_NAMES.map((e) => db.table(e)), db.outbox, db.needsAttention], async () => {
    const resending = (await db.needsAttention.toArray()).filter((e) => e.resending);
    for (const entry of resending) {
      const { entity, recordId, patch } = entry.mutation;
      const next = (await db.outbox.where('[entity+recordId]').equals([entity, recordId]).sortBy('seq'))[0];
      if (!next) continue;
      const local = (await db.table(entity).get(recordId)) as Record<string, unknown> | undefined;
      const carried = Object.fromEntries(Object.keys(userFields(patch)).map((f) => [f, local && f in local ? local[f] : patch[f]]));
      await db.outbox.put({ ...next, op: next.op, patch: next.op === 'delete' ? next.patch : { ...carried, ...next.patch } });
      await db.needsAttention.delete(entry.mutationId);
    }
  });
}
