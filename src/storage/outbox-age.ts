/**
 * How long unsent changes have waited. Kept apart from outbox-export.ts (which needs zod) because the
 * header reads it on every screen and the first screen's JavaScript must stay small.
 */
import type { UnsentSummary } from '../shared/sync-protocol';
import type { FieldDb } from './db';

/**
 * Device time (ms) of the oldest unsent change, or null when the outbox is empty. A full scan rather
 * than the first row: an imported file may queue changes older than the ones already waiting.
 */
export async function oldestPendingTime(db: FieldDb): Promise<number | null> {
  let oldest: number | null = null;
  await db.outbox.each((entry) => {
    oldest = earlier(oldest, entry.clientTime);
  });
  return oldest;
}

/** What this device holds that the server does not have: sent to the server after each sync run. */
export async function unsentSummary(db: FieldDb): Promise<UnsentSummary> {
  return db.transaction('r', [db.outbox, db.needsAttention], async () => {
    let oldest = await oldestPendingTime(db);
    const refused = await db.needsAttention.toArray();
    for (const entry of refused) oldest = earlier(oldest, entry.mutation.clientTime);
    return {
      unsent: await db.outbox.count(),
      needsAttention: refused.length,
      oldestUnsentAt: oldest === null ? null : new Date(oldest).toISOString(),
    };
  });
}

function earlier(oldest: number | null, clientTime: string): number | null {
  const at = Date.parse(clientTime);
  return !Number.isNaN(at) && (oldest === null || at < oldest) ? at : oldest;
}
