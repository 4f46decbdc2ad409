/**
 * Device-side rebase of pulled server records under pending local edits (the
 * Replicache/PowerSync idea): the stored local record = the server record with every still-pending
 * outbox mutation for it re-applied on top, in outbox order. So a pull never makes a field the user
 * just edited flicker back to the old value, and once the push is acked (the mutation leaves the
 * outbox) the next rebase shows exactly the server's merge result.
 *
 * `version` on the device is always the last server version seen, never bumped locally: it is the
 * baseVersion the next edit will carry. A pending delete keeps the record a tombstone locally; a
 * server tombstone stays a tombstone (the server lets deletes win, see merge.ts).
 */
import type { Mutation } from '../../shared/mutation';
import { userFields, type PlainRecord } from './record-values';

export type LocalRecord = PlainRecord & { id: string; version: number; deleted: boolean };

/** Applies a user's edit optimistically to the local copy, before the server has seen it. */
export function applyLocalMutation(current: LocalRecord | undefined, mutation: Mutation, now: string): LocalRecord {
  if (mutation.op === 'restore') return { ...(current ?? { id: mutation.recordId, version: 0 }), deleted: false, updatedAt: now } as LocalRecord;
  if (mutation.op === 'delete') {
    return { ...(current ?? { id: mutation.recordId, version: 0 }), deleted: true, updatedAt: now } as LocalRecord;
  }
  const base = current ?? { id: mutation.recordId, version: 0, deleted: false, createdAt: now };
  return { ...base, ...userFields(mutation.patch), updatedAt: now } as LocalRecord;
}

export type RebaseInput = {
  /** What the device holds now (may include optimistic edits), if anything. */
  local: LocalRecord | undefined;
  /** The authoritative record from a pull, a snapshot or a push response. */
  server: LocalRecord;
  /** This record's outbox entries not yet acked, oldest first. */
  pending: readonly Mutation[];
};

export function rebaseRecord({ local, server, pending }: RebaseInput): LocalRecord {
  // An older copy than one already applied (e.g. a snapshot page after a push response): ignore it.
  if (local && local.version > server.version) return local;
  let result: LocalRecord = { ...server };
  for (const mutation of pending) {
    if (mutation.op === 'delete') result = { ...result, deleted: true };
    else if (mutation.op === 'restore') result = { ...result, deleted: false };
    else result = { ...result, ...userFields(mutation.patch), deleted: result.deleted };
  }
  return result;
}

/** Groups outbox entries by record so a page of pulled changes can be rebased in one pass. */
export function pendingByRecord(outbox: readonly Mutation[]): Map<string, Mutation[]> {
  const map = new Map<string, Mutation[]>();
  for (const m of outbox) {
    const key = recordKey(m.entity, m.recordId);
    const list = map.get(key);
    if (list) list.push(m);
    else map.set(key, [m]);
  }
  return map;
}

export const recordKey = (entity: string, id: string) => `${entity}/${id}`;
