/**
 * Sign-in attempt counters in the shared database (several instances count together). One row per
 * key in a fixed window: an attempt in an expired window starts a new one. The increment is a single
 * upsert, so concurrent attempts cannot slip past the limit between a read and a write.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './db-schema';

export type ThrottleCount = { attempts: number; windowStart: string };

export class ThrottleStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Counts one attempt for `key`; `windowCutoff`: windows that started at or before it are over. */
  async hit(key: string, now: string, windowCutoff: string): Promise<ThrottleCount> {
    // Both dialects evaluate every SET expression against the old row, so the two CASEs agree.
    const result = await sql<{ attempts: number | string; window_start: string }>`
      INSERT INTO login_throttle (key, attempts, window_start) VALUES (${key}, 1, ${now})
      ON CONFLICT (key) DO UPDATE SET
        attempts = CASE WHEN login_throttle.window_start <= ${windowCutoff} THEN 1 ELSE login_throttle.attempts + 1 END,
        window_start = CASE WHEN login_throttle.window_start <= ${windowCutoff} THEN excluded.window_start ELSE login_throttle.window_start END
      RETURNING attempts, window_start`.execute(this.db);
    const row = result.rows[0]!;
    return { attempts: Number(row.attempts), windowStart: row.window_start };
  }

  /**
   * Takes back the one attempt a successful sign-in counted with hit(): only in the window `hit`
   * returned. Once that window has ended, the row counts a new window's attempts (others' failures),
   * and taking one off them would credit the bucket that protects other accounts.
   */
  async undo(key: string, windowStart: string): Promise<void> {
    await this.db
      .updateTable('login_throttle')
      .set((eb) => ({ attempts: eb('attempts', '-', 1) }))
      .where('key', '=', key)
      .where('window_start', '=', windowStart)
      .where('attempts', '>', 0)
      .execute();
  }

  async clear(key: string): Promise<void> {
    await this.db.deleteFrom('login_throttle').where('key', '=', key).execute();
  }

  async deleteStale(windowCutoff: string): Promise<void> {
    await this.db.deleteFrom('login_throttle').where('window_start', '<=', windowCutoff).execute();
  }
}
