/**
 * What a device does when a push does not come back as a clean 200 (a change is never lost or silently dropped):
 * - transient (no network, timeout, 408/429/5xx): keep the batch, retry after `backoffDelayMs`;
 * - permanent for some mutations (400 whose details point at `mutations.<i>`): set those aside in
 *   "needs attention" and send the rest, so one poison mutation never blocks the queue;
 * - permanent for the batch with no index (400/422 without details): split the batch in halves until
 *   the poison is alone; a single mutation that still fails is set aside;
 * - too large (413): split; reset-required/protocol-too-old: push nothing more, re-sync (sync-protocol.ts).
 * Per-mutation rejections inside a 200 are permanent too: see `settlePushResponse`.
 */
import type { ErrorDetails, PushResponse, Rejection } from '../../shared/sync-protocol';

export type PushFailure =
  | { kind: 'network' }
  | { kind: 'http'; status: number; reason?: string; details?: ErrorDetails; retryAfterMs?: number };

export type PushFailureAction =
  | { action: 'retry'; retryAfterMs?: number }
  | { action: 'set-aside'; mutationIndexes: number[] }
  | { action: 'split' }
  | { action: 'reset' }
  | { action: 'update-app' };

export function classifyPushFailure(failure: PushFailure, batchSize: number): PushFailureAction {
  if (failure.kind === 'network') return { action: 'retry' };
  const { status, reason, details } = failure;
  if (status === 408 || status === 429 || status >= 500) {
    return failure.retryAfterMs === undefined ? { action: 'retry' } : { action: 'retry', retryAfterMs: failure.retryAfterMs };
  }
  if (status === 426 || reason === 'protocol-too-old') return { action: 'update-app' };
  if (reason === 'reset-required') return { action: 'reset' };
  if (reason === 'protocol-too-new') return { action: 'retry' };
  if (status === 413) return batchSize > 1 ? { action: 'split' } : { action: 'set-aside', mutationIndexes: [0] };
  // 401/403 belong to sign-in (src/auth): a session problem is not the mutation's fault, so retry later.
  if (status === 401 || status === 403) return { action: 'retry' };
  const indexes = mutationIndexesFromDetails(details ?? {}, batchSize);
  if (indexes.length > 0) return { action: 'set-aside', mutationIndexes: indexes };
  return batchSize > 1 ? { action: 'split' } : { action: 'set-aside', mutationIndexes: [0] };
}

/** `{ 'mutations.3.patch': 'required' }` -> [3]; indexes outside the batch are ignored. */
export function mutationIndexesFromDetails(details: ErrorDetails, batchSize: number): number[] {
  const found = new Set<number>();
  for (const path of Object.keys(details)) {
    const match = /^mutations\.(\d+)(\.|$)/u.exec(path);
    const index = match ? Number(match[1]) : NaN;
    if (Number.isInteger(index) && index < batchSize) found.add(index);
  }
  return [...found].sort((a, b) => a - b);
}

export type PushSettlement = {
  /** Remove these from the outbox: the server has them (applied now or before) or refused them for good. */
  acked: string[];
  /** Move these to "needs attention" with the reason to show. */
  setAside: Rejection[];
  /** Sent but neither applied nor rejected (should not happen): keep them queued. */
  unanswered: string[];
};

export function settlePushResponse(sentIds: readonly string[], response: Pick<PushResponse, 'applied' | 'rejected'>): PushSettlement {
  const applied = new Set(response.applied);
  const rejected = new Map(response.rejected.map((r) => [r.mutationId, r]));
  const acked: string[] = [];
  const unanswered: string[] = [];
  for (const id of sentIds) (applied.has(id) || rejected.has(id) ? acked : unanswered).push(id);
  return { acked, setAside: [...rejected.values()], unanswered };
}
