import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { oldestPendingTime } from '../outbox-age';

/** Device time (ms) of the oldest unsent change (null: none; undefined: still reading). */
export function useOldestPendingTime(): number | null | undefined {
  return useLiveQuery(() => oldestPendingTime(db), []);
}
