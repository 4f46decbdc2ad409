/**
 * The first sync of a device, as its own fast path (record-by-record pulls are far too slow for it): the user's whole
 * scope in large snapshot pages, each written with ONE bulkPut per table in ONE transaction together
 * with the cursor, so a cut resumes from the last page stored (no duplicates: records are keyed by id).
 * Once the last page is in, the saved state switches to incremental pulls from the snapshot's cursor
 * (the server pins the snapshot where it started, so those pulls bring every change made meanwhile).
 * Page k+1 is requested before page k is written, and encrypted for storage (encryption at rest) as
 * soon as it arrives; the cursor saved is still that of the page written.
 */
import type { FieldDb } from '../storage/db';
import { applyServerPage, readSyncState, scopeChanged, sealPageAhead } from '../storage/sync-repo';
import { START_CURSOR } from '../shared/sync-protocol';
import { SyncError, toSyncError, type SyncTransport } from './transport';

/** Large pages: fewer requests and transactions; 5,000 × ~1 KB stays a few MB per page. */
export const SNAPSHOT_PAGE_SIZE = 5000;

export async function runInitialSync(
  db: FieldDb,
  transport: SyncTransport,
  onProgress?: (done: number, total: number) => void,
  pageSize = SNAPSHOT_PAGE_SIZE,
): Promise<{ records: number; requests: number }> {
  const saved = await readSyncState(db);
  if (saved?.mode === 'pull') return { records: 0, requests: 0 };
  let cursor = saved?.cursor ?? START_CURSOR;
  let done = saved?.done ?? 0;
  let records = 0;
  let requests = 0;
  if (saved) onProgress?.(done, Math.max(saved.total, done));
  const fetchPage = (from: string) => {
    const request = transport.snapshot(from, pageSize).then(
      (page) => {
        // Encrypted as soon as it is here: while the page before it is still being written.
        sealPageAhead(db, page);
        return page;
      },
      (error: unknown) => {
        throw toSyncError(error);
      },
    );
    // Awaited on the next turn; until then a failure must not count as unhandled.
    request.catch(() => {});
    return request;
  };
  let next = fetchPage(cursor);
  for (;;) {
    const page = await next;
    requests += 1;
    // Never mix two scopes' records: the engine pushes, drops the local data and re-snapshots.
    if (await scopeChanged(db, page.scopeFingerprint)) throw new SyncError('scope-changed');
    records += page.changes.length;
    done += page.changes.length;
    const total = Math.max(page.total, done);
    const finished = !page.hasMore || page.cursor === cursor;
    // The next page downloads (server query, gzip, network, JSON parse) while this one is written:
    // IndexedDB is the floor of a first sync, and the two no longer add up page after page.
    if (!finished) next = fetchPage(page.cursor);
    await applyServerPage(db, page, { mode: finished ? 'pull' : 'snapshot', cursor: page.cursor, done, total }, false);
    onProgress?.(done, finished ? done : total);
    if (finished) return { records, requests };
    cursor = page.cursor;
  }
}
