/**
 * A record's status moves in the order they were made. The time of a move is the server's once it has
 * synced (the server writes the history entry under the same id), and the moves of one push share
 * that time: among moves of the same time, the one that starts where the previous one ended comes first.
 */
import { str, type PlainRecord } from './rule-types';

export function inMoveOrder<T extends PlainRecord>(changes: readonly T[]): T[] {
  const left = [...changes].sort((a, b) => str(a, 'changedAt').localeCompare(str(b, 'changedAt')));
  const out: T[] = [];
  let current = '';
  while (left.length > 0) {
    const at = str(left[0], 'changedAt');
    const next = left.findIndex((c) => str(c, 'changedAt') === at && str(c, 'from') === current);
    const [picked] = left.splice(next === -1 ? 0 : next, 1) as [T];
    out.push(picked);
    current = str(picked, 'to');
  }
  return out;
}
