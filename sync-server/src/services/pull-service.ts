/**
 * Pull and snapshot pages, rendered straight to JSON text: records are stored as JSON, so a page of
 * 5,000 records is string concatenation, not 5,000 parse/stringify round trips (the initial sync
 * budget is tight, docs/benchmarks.md). Snapshot = live records only, bigger pages, a total for progress;
 * both resume from the cursor of the last page the device saved.
 *
 * A snapshot is pinned at the change sequence of its first page: every page holds
 * live records with server_seq <= that mark, and the last page's cursor is the mark itself, so the pulls
 * that follow deliver everything that changed meanwhile, tombstones and resolved conflicts included.
 * (Without the pin, a record already delivered and then deleted mid-snapshot stayed on the device.)
 * The pin and the first page's total ride in the cursor (protocol-check.ts): no server-side state, and
 * the live count, a full scan, runs once per snapshot instead of once per page.
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
  // Only a snapshot keeps its pin; a pull from a pinned cursor simply continues after its seq.
  const pin = liveOnly ? from.pin : undefined;
  const page = await store.pullPage({ afterSeq: from.seq, limit: args.limit, scope: args.scope, liveOnly, snapshotSeq: pin?.snapshotSeq });
  // A cursor beyond what this database ever committed: restored from a backup, or another server.
  if (from.seq > page.maxSeq || (pin && pin.snapshotSeq > page.maxSeq)) return { ok: false, reason: 'reset-required' };

  let json = '{"status":"ok","changes":[';
  for (let i = 0; i < page.rows.length; i++) {
    const row = page.rows[i]!;
    const projection = row.projection ? `"projection":${JSON.stringify(row.projection)},` : '';
    json += `${i === 0 ? '' : ','}{"entity":${JSON.stringify(row.entity)},${projection}"record":${row.data}}`;
  }
  const total = liveOnly ? (pin?.total ?? (await store.countLive(args.scope))) : 0;
  // Mid-snapshot cursors carry the pin; the last page hands over a plain pull cursor at the mark.
  const nextPin = liveOnly && page.hasMore ? { snapshotSeq: page.snapshotSeq, total } : undefined;
  json += `],"conflicts":${JSON.stringify(page.conflicts)},"cursor":${JSON.stringify(formatCursor(epoch, page.nextSeq, nextPin))},"hasMore":${page.hasMore}`;
  if (liveOnly) json += `,"total":${total}`;
  // Optional fields of protocol 1 (sync-protocol.ts header): sent only when there is something to say.
  if (page.removed.length > 0) json += `,"removed":${JSON.stringify(page.removed)}`;
  if (args.fingerprint !== undefined) json += `,"scopeFingerprint":${JSON.stringify(args.fingerprint)}`;
  return { ok: true, json: `${json}}` };
}
