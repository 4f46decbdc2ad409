/**
 * How long unsent changes have waited. Kept apart from outbox-export.ts (which needs zod) because the
 * header reads it on every screen and the first screen's JavaScript must stay small.
 */
import type { FieldDb } from './db';

/**
 * Device time (ms) of the oldest unsent change, or null when the outbox is empty. A full scan rather
 * than the first row: an imported file may queue changes older than the ones already waiting.
 */
export async function oldestPendingTime(db: FieldDb): Promise<number | null> {
  let oldest: number | null = null;
  await db.outbox.each((entry) => {
    const at = Date.parse(entry.clientTime);
    if (!Number.isNaN(at) && (oldest === null || at < oldest)) oldest = at;
  });
  return oldest;
}
