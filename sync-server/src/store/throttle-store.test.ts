/**
 * The sign-in counters (throttle-store.ts): a successful sign-in takes back only its own attempt, in
 * the window it was counted in, never one of the failures that protect other accounts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_STORE_KINDS } from '../../../tests/setup/server-stores';
import type { SqlStore } from './sql-store';
import { ThrottleStore } from './throttle-store';

const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 9, minute)).toISOString();
/** A 15-minute window: windows that started at or before `now - 15 min` are over. */
const cutoff = (minute: number) => at(minute - 15);

describe.each(TEST_STORE_KINDS)('sign-in throttle store on $name', (kind) => {
  let store: SqlStore;
  let throttle: ThrottleStore;
  beforeEach(async () => {
    store = (await kind.create()).store;
    throttle = new ThrottleStore(store.db);
  });
  afterEach(async () => store.close());

  const attempts = async (key: string) => (await store.db.selectFrom('login_throttle').select('attempts').where('key', '=', key).executeTakeFirst())?.attempts;

  it('takes back a success’s own attempt in the window it was counted in', async () => {
    for (let i = 0; i < 3; i++) await throttle.hit('ip:x', at(0), cutoff(0));
    const success = await throttle.hit('ip:x', at(5), cutoff(5));
    expect(success.attempts).toBe(4);
    await throttle.undo('ip:x', success.windowStart);
    expect(Number(await attempts('ip:x'))).toBe(3);
  });

  it('takes nothing off a new window that began while the success was being checked', async () => {
    for (let i = 0; i < 3; i++) await throttle.hit('ip:x', at(0), cutoff(0));
    const success = await throttle.hit('ip:x', at(14), cutoff(14));
    // The window ends; an attacker's failure at this address opens the next one.
    const failure = await throttle.hit('ip:x', at(16), cutoff(16));
    expect(failure).toEqual({ attempts: 1, windowStart: at(16) });
    await throttle.undo('ip:x', success.windowStart);
    expect(Number(await attempts('ip:x'))).toBe(1);
  });
});
