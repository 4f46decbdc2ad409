/**
 * The number of unsent changes, for the header on every screen. Kept apart from the record hooks on
 * purpose: those pull in the record writer and with it zod, which the first screen does not need
 * (first-screen JS budget of 150 KB gzip, `npm run build:report`).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';

export function usePendingChangeCount(): number {
  return useLiveQuery(() => db.outbox.count(), [], 0);
}
