/**
 * Pull and snapshot pages, rendered straight to JSON text: records are stored as JSON, so a page of
 * 5,000 records is string concatenation, not 5,000 parse/stringify round trips (the initial sync
 * budget is tight, SYNC-LESSONS §3). Snapshot = live records only, bigger pages, a total for progress;
 * both resume from the cursor of the last page the device saved.
 */
import type { PullScope, SyncStore } from '../store/store-types';
import { formatCursor, parseCursor } from './protocol-check';

export type PullMode = 'pull' | 'snapshot';
export type PullOutcome = { ok: true; json: string } | { ok: false; reason: 'reset-required' };

export async function renderPullPage(
  store: SyncStore,
  args: { cursor: string; limit: number; scope: PullScope; mode: PullMode; fingerprint?: string | undefined },
): Promise<PullOutcome> {
  const epoch = await store.epoch();
  const from = parseCursor(args.cursor, epoch);
  if (from === 'reset-required') return { ok: false, reason: 'reset-required' };
  const liveOnly = args.mode === 'snapshot';
  const page = await store.pullPage({ afterSeq: from.seq, limit: args.limit, scope: args.scope, liveOnly });
  // A cursor beyond what this database ever committed: restored from a backup, or another server.
  if (from.seq > page.maxSeq) return { ok: false, reason: 'reset-required' };

  let json = '{"status":"ok","changes":[';
  for (let i = 0; i < page.rows.length; i++) {
    const row = page.rows[i]!;
    const projection = row.projection ? `"projection":${JSON.stringify(row.projection)},` : '';
    json += `${i === 0 ? '' : ','}{"entity":${JSON.stringify(row.entity)},${projection}"record":${row.data}}`;
  }
  json += `],"conflicts":${JSON.stringify(page.conflicts)},"cursor":${JSON.stringify(formatCursor(epoch, page.nextSeq))},"hasMore":${page.hasMore}`;
  if (liveOnly) json += `,"total":${await store.countLive(args.scope)}`;
  // Optional fields of protocol 1 (sync-protocol.ts header): sent only when there is something to say.
  if (page.removed.length > 0) json += `,"removed":${JSON.stringify(page.removed)}`;
  if (args.fingerprint !== undefined) json += `,"scopeFingerprint":${JSON.stringify(args.fingerprint)}`;
  return { ok: true, json: `${json}}` };
}
