/**
 * A person's decisions on the two review screens, on the device database: 要確認 (attention-repo.ts)
 * and 競合 (conflict-repo.ts).
 */
import { discardAttention, startResend } from './attention-repo';
import { markConflictReviewed, restoreLosingValue } from './conflict-repo';
import { db, type LocalConflict } from './db';

/** Drops a refused change; the local record goes back to what the server has. */
export function discardAttentionEntry(mutationId: string): Promise<void> {
  return discardAttention(db, mutationId);
}

/** Puts the refused values back on the record, so its edit screen shows them and the next save resends them. */
export function resendAttentionEntry(mutationId: string, now: string): Promise<void> {
  return startResend(db, mutationId, now);
}

/** Keeps the current value: the conflict is reviewed here at once, on the server at the next sync. */
export function keepConflictValue(conflictId: string): Promise<void> {
  return markConflictReviewed(db, conflictId);
}

/** Restores the overwritten value as an ordinary edit, and marks the conflict reviewed. */
export function restoreConflictValue(conflict: LocalConflict): Promise<void> {
  return restoreLosingValue(db, conflict);
}
