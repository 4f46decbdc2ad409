/** Protocol and cursor checks shared by every endpoint (SYNC-LESSONS §2.11). */
import { MIN_PROTOCOL_VERSION, PROTOCOL_VERSION } from '../../../src/shared/sync-protocol';

export function protocolProblem(version: number): 'protocol-too-old' | 'protocol-too-new' | null {
  if (version < MIN_PROTOCOL_VERSION) return 'protocol-too-old';
  if (version > PROTOCOL_VERSION) return 'protocol-too-new';
  return null;
}

export const formatCursor = (epoch: string, seq: number) => `${epoch}:${seq}`;

/** '' = from the start; a cursor minted by another database (other epoch) cannot be trusted. */
export function parseCursor(cursor: string, epoch: string): { seq: number } | 'reset-required' {
  if (cursor === '') return { seq: 0 };
  const [cursorEpoch, seq] = cursor.split(':');
  if (cursorEpoch !== epoch) return 'reset-required';
  return { seq: Number(seq) };
}
