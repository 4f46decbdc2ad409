/**
 * The "needs attention" list: mutations the server refused for good. A person either discards one
 * (the local copy goes back to what the server has) or edits and resends it: the refused values are
 * put back on the local record so the edit screen shows them, and the next save carries them again
 * (see foldResends in push-repo.ts). A refused create keeps (or regains) its local record.
 */
import type { EntityName, EntityRecord } from '../shared/entities';
import { userFields } from '../sync/core/record-values';
import type { AttentionEntry, FieldDb } from './db';
import { withSearchFields } from './search-fields';

export function listAttention(db: FieldDb): Promise<AttentionEntry[]> {
  return db.needsAttention.toArray().then((all) => all.sort((a, b) => b.rejectedAt.localeCompare(a.rejectedAt)));
}

const isCreate = (entry: AttentionEntry) => entry.mutation.op === 'upsert' && entry.serverValues === undefined && entry.mutation.baseVersion === 0;

export async function discardAttention(db: FieldDb, mutationId: string): Promise<void> {
  const entry = await db.needsAttention.get(mutationId);
  if (!entry) return;
  const { entity, recordId } = entry.mutation;
  const table = db.table(entity);
  await db.transaction('rw', [table, db.outbox, db.needsAttention], async () => {
    await db.needsAttention.delete(mutationId);
    const stillPending = (await db.outbox.where('[entity+recordId]').equals([entity, recordId]).count()) > 0;
    const local = (await table.get(recordId)) as Record<string, unknown> | undefined;
    if (!local || stillPending) return;
    // A create the server never took: nothing else knows this record, so discarding removes it.
    if (isCreate(entry) && local['version'] === 0) await table.delete(recordId);
    // A resend that was started but not saved: put the server's values back.
    else if (entry.resending && entry.serverValues) {
      // Derived search fields follow the restored values (a restored phone must be found by its digits).
      await table.put(withSearchFields(entity, { ...local, ...entry.serverValues } as EntityRecord<EntityName>));
    }
  });
}

/** Puts the refused values back on the local record and marks the entry; the caller opens the editor. */
export async function startResend(db: FieldDb, mutationId: string, now: string): Promise<void> {
  const entry = await db.needsAttention.get(mutationId);
  if (!entry || entry.mutation.op !== 'upsert') return;
  const { entity, recordId, patch, clientTime } = entry.mutation;
  const table = db.table(entity);
  await db.transaction('rw', [table, db.needsAttention], async () => {
    const local = (await table.get(recordId)) as Record<string, unknown> | undefined;
    const base = local ?? { id: recordId, createdAt: clientTime, version: 0 };
    const record = { ...base, ...userFields(patch), updatedAt: now, deleted: false };
    await table.put(withSearchFields(entity as EntityName, record as EntityRecord<EntityName>));
    await db.needsAttention.update(mutationId, { resending: true });
  });
}

