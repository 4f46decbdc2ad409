import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildSeeker } from '../../tests/factories/people';
import { buildMutation } from '../../tests/factories/sync-factories';
import type { FieldDb } from '../storage/db';
import { coordinator, DAY, setup, signedInAndReopened, storedBeforeTheLock, teacher } from '../../tests/setup/session-harness';
import { CLIENT_HEADER } from '../shared/auth-protocol';
import { ENTITY_NAMES } from '../shared/entities';
import { readSession } from '../storage/session-repo';

describe('session store', () => {
  it('signs in online with the CSRF header, keeps user, device, scope and the 7-day window, then asks for a passcode', async () => {
    const s = setup();
    const store = s.make();
    expect((await store.init()).status).toBe('signed-out');
    expect(await store.signIn('coordinator', 'pw-coordinator')).toEqual({ ok: true });

    const login = s.server.calls[0]!;
    const headers = new Headers(login.init?.headers);
    expect(login.init?.method).toBe('POST');
    expect(headers.get(CLIENT_HEADER)).toBe('1');
    expect(headers.get('Content-Type')).toBe('application/json');
    const session = await readSession(s.db);
    expect(session).toMatchObject({ user: coordinator, scopeFingerprint: 'fp-coordinator', signedInAt: '2026-06-01T09:00:00.000Z', unlockUntil: '2026-06-08T09:00:00.000Z' });
    expect(session?.clientId).toMatch(/^device-/u);
    expect(store.getState()).toMatchObject({ status: 'signed-in', user: coordinator, needsPasscode: true });
  });

  it('shows a wrong password next to the field and a throttled sign-in with its wait', async () => {
    const s = setup();
    const store = s.make();
    await store.init();
    expect(await store.signIn('coordinator', 'nope')).toEqual({ ok: false, reason: 'invalid-credentials' });
    s.server.state.throttledFor = 120;
    expect(await store.signIn('coordinator', 'pw-coordinator')).toEqual({ ok: false, reason: 'too-many-attempts', retryAfterSeconds: 120 });
    s.server.state.down = true;
    expect(await store.signIn('coordinator', 'pw-coordinator')).toMatchObject({ ok: false, reason: 'network' });
    expect(store.getState().status).toBe('signed-out');
  });

  it('stores the passcode only as the salted PBKDF2 key that wraps the data key', async () => {
    const s = setup();
    await signedInAndReopened(s);
    const stored = (await s.db.meta.get('auth.passcode'))?.value as Record<string, unknown>;
    expect(stored).toEqual({ salt: expect.any(String), iterations: expect.any(Number), wrappedKey: expect.any(String), failures: 0 });
    expect(stored['iterations']).toBeGreaterThanOrEqual(100_000);
    expect(JSON.stringify(stored)).not.toContain('2468');
  });

  it('reopens locked and unlocks with the right passcode, also offline', async () => {
    const s = setup();
    const store = await signedInAndReopened(s);
    expect(store.getState()).toMatchObject({ status: 'locked', user: coordinator });
    s.server.state.down = true;
    expect(await store.unlockWithPasscode('2468')).toEqual({ ok: true });
    expect(store.getState()).toMatchObject({ status: 'signed-in', user: coordinator });
  });

  it('counts wrong passcodes and requires an online sign-in after 5, keeping the data', async () => {
    const s = setup();
    const store = await signedInAndReopened(s);
    await storedBeforeTheLock(() => s.db.seekers.put(buildSeeker()));
    for (let i = 1; i <= 4; i += 1) expect(await store.unlockWithPasscode('0000')).toEqual({ ok: false, reason: 'wrong', remaining: 5 - i });
    expect(await store.unlockWithPasscode('0000')).toEqual({ ok: false, reason: 'too-many-failures' });
    expect(store.getState()).toMatchObject({ status: 'signed-out', reason: 'too-many-failures', previousLoginId: 'coordinator' });
    expect(await store.unlockWithPasscode('2468')).toEqual({ ok: false, reason: 'too-many-failures' });
    expect(await s.db.seekers.count()).toBe(1);

    // A fresh start stays locked out; an online sign-in resets the count, the passcode works again.
    const reopened = s.make();
    expect((await reopened.init()).status).toBe('signed-out');
    expect(await reopened.signIn('coordinator', 'pw-coordinator')).toEqual({ ok: true });
    expect(reopened.getState().needsPasscode).toBeUndefined();
    s.tab.clear();
    const again = s.make();
    await again.init();
    expect(await again.unlockWithPasscode('2468')).toEqual({ ok: true });
  });

  it('stops accepting the passcode 7 days after the last online sign-in, wiping nothing', async () => {
    const s = setup();
    await signedInAndReopened(s);
    await storedBeforeTheLock(() => s.db.seekers.put(buildSeeker()));
    s.clock.now = new Date(s.clock.now.getTime() + 7 * DAY + 60_000);
    const late = s.make();
    expect(await late.init()).toMatchObject({ status: 'signed-out', reason: 'expired', previousLoginId: 'coordinator' });
    expect(await late.unlockWithPasscode('2468')).toEqual({ ok: false, reason: 'expired' });
    expect(await s.db.seekers.count()).toBe(1);

    // An online sign-in opens a new 7-day window.
    expect(await late.signIn('coordinator', 'pw-coordinator')).toEqual({ ok: true });
    expect((await readSession(s.db))?.unlockUntil).toBe(new Date(s.clock.now.getTime() + 7 * DAY).toISOString());
  });

  it('stays unlocked across a reload of the same tab', async () => {
    const s = setup();
    const first = s.make();
    await first.init();
    await first.signIn('coordinator', 'pw-coordinator');
    await first.setPasscode('2468');
    expect((await s.make().init()).status).toBe('signed-in');
  });

  it('marks a refused session for re-sign-in and keeps everything; the same user signing in clears it', async () => {
    const s = setup();
    const store = await signedInAndReopened(s);
    await store.unlockWithPasscode('2468');
    await s.db.outbox.add(buildMutation());
    await store.markReauthRequired();
    expect(store.getState()).toMatchObject({ status: 'signed-in', reauthRequired: true });
    expect(await store.signIn('coordinator', 'pw-coordinator')).toEqual({ ok: true });
    expect(store.getState().reauthRequired).toBeUndefined();
    expect(await s.db.outbox.count()).toBe(1);
  });
});

describe('sign-out and hand-over', () => {
  async function fillEveryTable(db: FieldDb) {
    for (const entity of ENTITY_NAMES) await db.table(entity).put({ id: `${entity}-1`, version: 1 });
    await db.outbox.add(buildMutation());
    await db.conflicts.put({ id: 'c-1', recordId: 'seekers-1' } as never);
    await db.needsAttention.put({ mutationId: 'm-1', mutation: buildMutation(), reason: 'forbidden', details: {}, rejectedAt: '2026-06-01T00:00:00.000Z' });
    await db.meta.put({ key: 'sync.state', value: { mode: 'pull', cursor: 'e:1', done: 1, total: 1 } });
  }

  it('refuses while changes are unsent, then wipes every table but keeps the device id', async () => {
    const s = setup();
    const store = s.make();
    await store.init();
    await store.signIn('coordinator', 'pw-coordinator');
    await store.setPasscode('2468');
    const clientId = (await readSession(s.db))!.clientId;
    await fillEveryTable(s.db);

    expect(await store.signOut()).toEqual({ ok: false, reason: 'unsent', count: 1 });
    expect(await store.signOut({ discardUnsent: true })).toEqual({ ok: true, serverReached: true });
    expect(s.server.calls.at(-1)?.url).toMatch(/\/api\/auth\/logout$/u);
    for (const table of s.db.tables) {
      const rows = await table.toArray();
      if (table.name === 'meta') expect(rows).toEqual([{ key: 'sync.clientId', value: clientId }]);
      else expect(rows, table.name).toEqual([]);
    }
    expect(s.tab.value).toBeNull();
    expect(store.getState()).toMatchObject({ status: 'signed-out', reason: 'signed-out' });
  });

  it('remembers an offline sign-out and ends the server session at the next start', async () => {
    const s = setup();
    const store = s.make();
    await store.init();
    await store.signIn('coordinator', 'pw-coordinator');
    s.server.state.down = true;
    expect(await store.signOut()).toEqual({ ok: true, serverReached: false });
    expect((await s.db.meta.get('auth.pendingLogout'))?.value).toBe(true);
    s.server.state.down = false;
    await s.make().init();
    await expect.poll(async () => (await s.db.meta.get('auth.pendingLogout'))?.value).toBeUndefined();
  });

  it('wipes the previous user before another user signs in, and asks first when their changes are unsent', async () => {
    const s = setup();
    const store = s.make();
    await store.init();
    await store.signIn('coordinator', 'pw-coordinator');
    await fillEveryTable(s.db);
    s.clock.now = new Date(s.clock.now.getTime() + 8 * DAY);
    await store.init();
    expect(await store.signIn('teacher', 'pw-teacher')).toEqual({ ok: false, reason: 'other-user-unsent', count: 1 });
    expect(await s.db.seekers.count()).toBe(1);
    expect(await store.signIn('teacher', 'pw-teacher', { discardOtherUsersChanges: true })).toEqual({ ok: true });
    for (const entity of ENTITY_NAMES) expect(await s.db.table(entity).count(), entity).toBe(0);
    expect(await s.db.outbox.count()).toBe(0);
    expect(store.getState()).toMatchObject({ status: 'signed-in', user: teacher, needsPasscode: true });
  });

  it('wipes everything including the device id when the server says the device is revoked', async () => {
    const s = setup();
    const store = s.make();
    await store.init();
    await store.signIn('coordinator', 'pw-coordinator');
    const clientId = (await readSession(s.db))!.clientId;
    await fillEveryTable(s.db);
    await store.handleDeviceRevoked();
    for (const table of s.db.tables) expect(await table.count(), table.name).toBe(0);
    expect(store.getState()).toMatchObject({ status: 'signed-out', reason: 'revoked' });

    s.server.state.revoked = true;
    expect(await store.signIn('coordinator', 'pw-coordinator')).toEqual({ ok: false, reason: 'device-revoked' });
    s.server.state.revoked = false;
    await store.signIn('coordinator', 'pw-coordinator');
    expect((await readSession(s.db))!.clientId).not.toBe(clientId);
  });

  describe('lock hint (the passcode screen before IndexedDB has opened)', () => {
    it('holds only the unlock deadline, and a cold start is locked before the stored session is read', async () => {
      const s = setup();
      await signedInAndReopened(s);
      expect(s.device.value).toBe('2026-06-08T09:00:00.000Z');

      const seen: string[] = [];
      const store = s.make();
      store.subscribe((state) => seen.push(`${state.status}:${state.user?.loginId ?? '?'}`));
      const init = store.init();
      // Synchronously, before any IndexedDB answer: locked, nobody named yet.
      expect(store.getState()).toMatchObject({ status: 'locked', ready: true });
      expect(store.getState().user).toBeUndefined();
      await init;
      expect(seen).toEqual(['locked:?', 'locked:coordinator']);
    });

    it('is not trusted past its deadline, nor in a tab that was unlocked, and a stale one is corrected', async () => {
      const s = setup();
      await signedInAndReopened(s);

      s.clock.now = new Date('2026-06-09T09:00:00.000Z');
      const expired = s.make();
      const init = expired.init();
      expect(expired.getState().ready).toBe(false);
      expect((await init).status).toBe('signed-out');
      expect(s.device.value).toBeNull();

      // A hint left behind by a database that is gone (cleared site data): a moment locked, then sign-in.
      const t = setup();
      t.device.value = '2026-06-08T09:00:00.000Z';
      const orphan = t.make();
      const orphanInit = orphan.init();
      expect(orphan.getState().status).toBe('locked');
      expect((await orphanInit).status).toBe('signed-out');
      expect(t.device.value).toBeNull();
    });

    it('a tab unlocked before a reload waits for the stored session instead of flashing the lock screen', async () => {
      const s = setup();
      const store = await signedInAndReopened(s);
      expect(await store.unlockWithPasscode('2468')).toEqual({ ok: true });
      const reloaded = s.make();
      const init = reloaded.init();
      expect(reloaded.getState().ready).toBe(false);
      expect((await init).status).toBe('signed-in');
    });

    it('is cleared by sign-out and by too many wrong passcodes', async () => {
      const s = setup();
      const store = await signedInAndReopened(s);
      for (let i = 0; i < 5; i += 1) await store.unlockWithPasscode('0000');
      expect(s.device.value).toBeNull();

      const t = setup();
      const other = await signedInAndReopened(t);
      await other.unlockWithPasscode('2468');
      expect(t.device.value).not.toBeNull();
      expect(await other.signOut()).toMatchObject({ ok: true });
      expect(t.device.value).toBeNull();
    });
  });
});
