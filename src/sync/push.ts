/**
 * Drains the outbox to the server in batches, oldest first (what each failure means: sync/core/push-failure.ts):
 * - applied → leaves the outbox; the server's copy of each touched record is rebased in;
 * - rejected for good (in a 200 answer, or a malformed batch that names the mutation) → moved to
 *   "needs attention" with its reason and details; the rest of the queue goes on;
 * - 401 / 403 device-revoked → stop with that SyncError: the loop pauses until a new sign-in;
 * - transient (network, 5xx, 429) → stop with a SyncError so the loop backs off; nothing is lost,
 *   and a retried batch is applied once because the server remembers mutation ids;
 * - too large / unnamed 4xx → split the batch until the poison mutation is alone.
 */
import type { OutboxEntry, FieldDb } from '../storage/db';
import { foldResends, readOutboxBatch, setAsideMutations, settlePushAnswer } from '../storage/push-repo';
import type { ErrorDetails } from '../shared/sync-protocol';
import { classifyPushFailure } from './core/push-failure';
import { authFailureOf, SyncError, toSyncError, TransportError, type SyncTransport } from './transport';

export type PushOptions = { batchSize?: number; now?: () => string };
type Counts = { applied: number; rejected: number };

/** One request for a typical offline day (the server takes up to MAX_PUSH_MUTATIONS = 2,000); each
 *  request is a round trip plus a settle transaction, so fewer, larger batches push faster. */
export const DEFAULT_PUSH_BATCH = 1000;

export async function pushOutbox(db: FieldDb, transport: SyncTransport, { batchSize = DEFAULT_PUSH_BATCH, now = () => new Date().toISOString() }: PushOptions = {}): Promise<Counts> {
  await foldResends(db);
  const total: Counts = { applied: 0, rejected: 0 };
  for (;;) {
    const batch = await readOutboxBatch(db, batchSize);
    if (batch.length === 0) return total;
    const done = await sendBatch(db, transport, batch, now);
    total.applied += done.applied;
    total.rejected += done.rejected;
  }
}

async function sendBatch(db: FieldDb, transport: SyncTransport, batch: OutboxEntry[], now: () => string): Promise<Counts> {
  try {
    const response = await transport.push(batch.map(({ seq: _seq, ...mutation }) => mutation));
    return await settlePushAnswer(db, batch, response, now());
  } catch (error) {
    if (!(error instanceof TransportError)) throw error;
    // A session problem is not the batch's fault: stop and let the loop pause for a new sign-in.
    if (authFailureOf(error.failure)) throw toSyncError(error);
    const action = classifyPushFailure(error.failure, batch.length);
    switch (action.action) {
      case 'retry':
        throw new SyncError(error.failure.kind === 'network' ? 'network' : 'server', action.retryAfterMs, { cause: error });
      case 'update-app':
        throw new SyncError('update-app', undefined, { cause: error });
      case 'reset':
        throw new SyncError('reset-required', undefined, { cause: error });
      case 'split': {
        const half = Math.ceil(batch.length / 2);
        const a = await sendBatch(db, transport, batch.slice(0, half), now);
        const b = await sendBatch(db, transport, batch.slice(half), now);
        return { applied: a.applied + b.applied, rejected: a.rejected + b.rejected };
      }
      case 'set-aside': {
        const details = error.failure.kind === 'http' ? (error.failure.details ?? {}) : {};
        const tooLarge = error.failure.kind === 'http' && error.failure.status === 413;
        const items = action.mutationIndexes.flatMap((i) => {
          const entry = batch[i];
          return entry ? [{ entry, reason: 'validation' as const, details: tooLarge ? { _: 'too_long' } : detailsOf(details, i) }] : [];
        });
        await setAsideMutations(db, items, now());
        const rest = batch.filter((_, i) => !action.mutationIndexes.includes(i));
        const more = rest.length > 0 ? await sendBatch(db, transport, rest, now) : { applied: 0, rejected: 0 };
        return { applied: more.applied, rejected: more.rejected + items.length };
      }
    }
  }
}

/** `{ 'mutations.2.patch.phone': 'phone' }` → `{ 'patch.phone': 'phone' }` for mutation 2. */
function detailsOf(details: ErrorDetails, index: number): ErrorDetails {
  const prefix = `mutations.${index}`;
  const out: ErrorDetails = {};
  for (const [path, message] of Object.entries(details)) {
    if (path === prefix) out['_'] = message;
    else if (path.startsWith(`${prefix}.`)) out[path.slice(prefix.length + 1).replace(/^patch\./u, '')] = message;
  }
  return out;
}
