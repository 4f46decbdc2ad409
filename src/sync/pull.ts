/**
 * Incremental pull: pages of changes after the saved cursor until the server
 * says there is no more. Each page, its conflicts and the next cursor are committed in one Dexie
 * transaction, so a cut between pages resumes exactly where it stopped. Tombstones arrive as records
 * with `deleted: true` and are stored as such (the screens filter them out). Pulled records are
 * rebased under the outbox, so a field the user changed but has not pushed is never overwritten.
 */
import type { FieldDb } from '../storage/db';
import { applyServerPage, readSyncState, scopeChanged } from '../storage/sync-repo';
import { START_CURSOR } from '../shared/sync-protocol';
import { SyncError, toSyncError, type SyncTransport } from './transport';

export async function pullChanges(db: FieldDb, transport: SyncTransport, limit?: number): Promise<{ changes: number; requests: number }> {
  const state = await readSyncState(db);
  let cursor = state?.cursor ?? START_CURSOR;
  let changes = 0;
  let requests = 0;
  for (;;) {
    const page = await transport.pull(cursor, limit).catch((error: unknown) => {
      throw toSyncError(error);
    });
    requests += 1;
    // Never mix two scopes' records: the engine pushes, drops the local data and re-snapshots.
    if (await scopeChanged(db, page.scopeFingerprint)) throw new SyncError('scope-changed');
    changes += page.changes.length;
    await applyServerPage(db, page, { mode: 'pull', cursor: page.cursor, done: state?.done ?? 0, total: state?.total ?? 0 }, true);
    if (!page.hasMore || page.cursor === cursor) return { changes, requests };
    cursor = page.cursor;
  }
}
