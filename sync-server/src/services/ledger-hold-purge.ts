/**
 * Erases the ledger holds whose two years have passed (src/domain/erasure.ts): a deleted seeker's
 * 求職管理簿 line is kept only as long as 職業安定法 第32条の15 requires. Each expired hold becomes a blank
 * tombstone in one write transaction, with a new server_seq, so admins' devices pull the erasure too,
 * and any open conflict on it loses the values it kept. Run at start-up and then once a day (index.ts).
 */
import { japanDay } from '../../../src/domain/dates';
import { holdExpired, withoutPersonalData } from '../../../src/domain/erasure';
import type { SyncStore } from '../store/store-types';
import { serverWrite } from './push-rules';

/** Who the purge's field writes are credited to (no device made them). */
const PURGE_WRITER = 'server:ledger-hold-purge';
const DAY_MS = 86_400_000;

/** Erases every expired hold; resolves to how many it erased. */
export async function purgeExpiredLedgerHolds(store: SyncStore, clock: () => Date = () => new Date()): Promise<number> {
  return store.write(
    () => clock().toISOString(),
    async (tx) => {
      const today = japanDay(tx.now);
      // The SQL narrows to keepUntil < today; the domain's rule decides.
      const expired = (await tx.liveRecordsBefore('ledgerHolds', 'keepUntil', today)).filter((row) => holdExpired(String(row.record['keepUntil']), today));
      if (expired.length === 0) return 0;
      await tx.putRecords(expired.map((row) => serverWrite(tx, 'ledgerHolds', row, withoutPersonalData('ledgerHolds', row.record), true, PURGE_WRITER)));
      await tx.eraseConflictValues(expired.map((row) => ({ entity: 'ledgerHolds', id: row.id })));
      return expired.length;
    },
  );
}

/** Purges now and every day after; the timer does not keep the process alive. Returns a stop function. */
export function scheduleLedgerHoldPurge(store: SyncStore, log: (line: string) => void): () => void {
  const run = () =>
    purgeExpiredLedgerHolds(store).then(
      (n) => {
        if (n > 0) log(`sync-server: erased ${n} ledger hold(s) past their two years`);
      },
      (error: unknown) => log(`sync-server: ledger hold purge failed: ${String(error)}`),
    );
  void run();
  const timer = setInterval(() => void run(), DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
