/**
 * The number of unsent changes, for the header on every screen. Kept apart from the record hooks on
 * purpose: those pull in the record writer and with it zod, which the first screen does not need
 * (first-screen JS budget, `npm run build:report`), nor Dexie (use-device-query.ts).
 */
import { useDeviceQuery } from './use-device-query';

export function usePendingChangeCount(): number {
  return useDeviceQuery((db) => db.outbox.count(), { initial: 0 });
}
