/** Protocol and cursor checks shared by every endpoint (versions and cursor: src/shared/sync-protocol.ts). */
import { MIN_PROTOCOL_VERSION, PROTOCOL_VERSION } from '../../../src/shared/sync-protocol';

export function protocolProblem(version: number): 'protocol-too-old' | 'protocol-too-new' | null {
  if (version < MIN_PROTOCOL_VERSION) return 'protocol-too-old';
  if (version > PROTOCOL_VERSION) return 'protocol-too-new';
  return null;
}

/**
 * A snapshot in progress is pinned to the change sequence it started at (`snapshotSeq`; the reason is in
 * pull-service.ts) and remembers its first page's `total`, so later pages neither move the pin nor count again.
 * Both ride in the epoch part (`<epoch>_s<seq>_t<total>:<seq>`): that still matches protocol 1's
 * cursor pattern, so old clients store and send it back unchanged. Epochs are hex, never `_`.
 */
export type SnapshotPin = { snapshotSeq: number; total: number };
export type ParsedCursor = { seq: number; pin?: SnapshotPin };

export function formatCursor(epoch: string, seq: number, pin?: SnapshotPin): string {
  return pin ? `${epoch}_s${pin.snapshotSeq}_t${pin.total}:${seq}` : `${epoch}:${seq}`;
}

/** '' = from the start; a cursor minted by another database (other epoch) cannot be trusted. */
export function parseCursor(cursor: string, epoch: string): ParsedCursor | 'reset-required' {
  if (cursor === '') return { seq: 0 };
  const [head = '', seq] = cursor.split(':');
  const pinned = /^(.*)_s(\d{1,18})_t(\d{1,15})$/u.exec(head);
  const cursorEpoch = pinned ? pinned[1] : head;
  if (cursorEpoch !== epoch) return 'reset-required';
  if (!pinned) return { seq: Number(seq) };
  return { seq: Number(seq), pin: { snapshotSeq: Number(pinned[2]), total: Number(pinned[3]) } };
}
