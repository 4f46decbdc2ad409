/**
 * The number of unsent changes, for the header on every screen. Kept out of record-hooks.ts on
 * purpose: that module pulls in the record writer and with it zod, which the first screen does not
 * need (issue 6 budget: initial JS ≤ 150 KB gzip).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../storage/db';

export function usePendingChangeCount(): number {
  return useLiveQuery(() => db.outbox.count(), [], 0);
}
