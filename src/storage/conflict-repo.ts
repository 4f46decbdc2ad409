/**
 * Conflicts the server recorded (a same-field clash, or a delete against an edit), kept on the device
 * until a person has reviewed them. Reviewing works offline: the conflict is marked here and the
 * sync loop tells the server. Restoring the losing value is an ordinary local edit (record + outbox
 * in one transaction), made in the same transaction as the review mark.
 */
import type { EntityName } from '../shared/entities';
import { RECORD_META_KEYS } from '../shared/fields';
import type { FieldDb, LocalConflict } from './db';
import { getRecord, recordWriteScope, saveRecord } from './record-repo';

export function listOpenConflicts(db: FieldDb): Promise<LocalConflict[]> {
  return db.conflicts.toArray().then((all) => all.filter((c) => !c.resolvePending).sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
}

export function conflictsAwaitingServer(db: FieldDb): Promise<LocalConflict[]> {
  return db.conflicts.filter((c) => c.resolvePending === true).toArray();
}

export async function forgetConflict(db: FieldDb, id: string): Promise<void> {
  await db.conflicts.delete(id);
}

/** "Keep the current value": only the review mark. */
export async function markConflictReviewed(db: FieldDb, id: string): Promise<void> {
  await db.conflicts.update(id, { resolvePending: true });
}

/** "Restore the losing value": a normal edit of the record, plus the review mark, atomically. */
export async function restoreLosingValue(db: FieldDb, conflict: LocalConflict, now: Date = new Date()): Promise<void> {
  const entity = conflict.entity as EntityName;
  // The save reads other records for the domain rules, so the outer transaction spans what it spans.
  await db.transaction('rw', [...recordWriteScope(db), db.conflicts], async () => {
    const record = await getRecord(db, entity, conflict.recordId);
    if (!record) throw new Error('not-found');
    const fields: Record<string, unknown> = { ...record, [conflict.field]: conflict.losingValue };
    for (const key of RECORD_META_KEYS) delete fields[key];
    await saveRecord(db, entity, fields as never, conflict.recordId, now);
    await db.conflicts.update(conflict.id, { resolvePending: true });
  });
}
