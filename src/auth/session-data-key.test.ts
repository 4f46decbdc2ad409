import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMutation } from '../../tests/factories/sync-factories';
import { coordinator, setup, signedInAndReopened, storedBeforeTheLock } from '../../tests/setup/session-harness';
import { currentDataKey, setDataKey } from '../storage/crypto/data-key';
import { readSession } from '../storage/session-repo';
import { toBase64 } from './base64';

type Sealed = { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer };

/** What the storage layer does with the key, in miniature: text sealed under today's data key. */
async function seal(text: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  return { iv, data: await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, currentDataKey()!, new TextEncoder().encode(text)) };
}
async function open(sealed: Sealed): Promise<string | null> {
  const key = currentDataKey();
  if (!key) return null;
  try {
    return new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data));
  } catch {
    return null;
  }
}

/** Every value the device keeps outside memory, as text: the meta table and both Web Storage memories. */
async function everythingStored(s: ReturnType<typeof setup>): Promise<string> {
  return JSON.stringify({ meta: await s.db.meta.toArray(), tab: s.tab.value, device: s.device.value });
}

beforeEach(() => setDataKey(null));

describe('the data key through the session', () => {
  it('is made at the first online sign-in, wrapped by the server key and then the passcode, and usable but not extractable', async () => {
    const s = setup();
    const store = s.make();
    await store.init();
    expect(currentDataKey()).toBeNull();
    await store.signIn('coordinator', 'pw-coordinator');
    const key = currentDataKey();
    expect(key?.extractable).toBe(false);
    expect(await s.db.meta.get('auth.serverWrappedKey')).toBeDefined();
    await store.setPasscode('2468');
    expect(currentDataKey()).toBe(key);
    // Neither the data key nor the server's key is on the device, in any form but wrapped.
    const stored = await everythingStored(s);
    expect(stored).not.toContain(s.server.keys.values().next().value);
  });

  it('leaves memory when the app reopens locked, and the passcode opens the same key offline', async () => {
    const s = setup();
    const first = s.make();
    await first.init();
    await first.signIn('coordinator', 'pw-coordinator');
    await first.setPasscode('2468');
    const note = await seal('就労体験の面談メモ');
    s.tab.clear();

    const reopened = s.make();
    await reopened.init();
    expect(reopened.getState().status).toBe('locked');
    expect(currentDataKey()).toBeNull();
    s.server.state.down = true;
    expect(await reopened.unlockWithPasscode('2468')).toEqual({ ok: true });
    expect(await open(note)).toBe('就労体験の面談メモ');
  });

  it('opens nothing with a wrong passcode and keeps the lock-out count', async () => {
    const s = setup();
    const store = await signedInAndReopened(s);
    expect(await store.unlockWithPasscode('1357')).toEqual({ ok: false, reason: 'wrong', remaining: 4 });
    expect(currentDataKey()).toBeNull();
    expect((await s.db.meta.get('auth.passcode'))?.value).toMatchObject({ failures: 1 });
  });

  it('recovers a forgotten passcode by an online sign-in: same key, unsent work kept, a new passcode re-wraps it', async () => {
    const s = setup();
    const first = s.make();
    await first.init();
    await first.signIn('coordinator', 'pw-coordinator');
    await first.setPasscode('2468');
    const note = await seal('未送信の記録');
    await s.db.outbox.add(buildMutation());
    s.tab.clear();

    const locked = s.make();
    await locked.init();
    expect(await locked.signIn('coordinator', 'pw-coordinator', { replacePasscode: true })).toEqual({ ok: true });
    expect(locked.getState()).toMatchObject({ status: 'signed-in', needsPasscode: true });
    expect(await open(note)).toBe('未送信の記録');
    expect(await s.db.outbox.count()).toBe(1);
    await locked.setPasscode('9753');

    s.tab.clear();
    const later = s.make();
    await later.init();
    s.server.state.down = true;
    expect(await later.unlockWithPasscode('2468')).toMatchObject({ ok: false, reason: 'wrong' });
    expect(await later.unlockWithPasscode('9753')).toEqual({ ok: true });
    // Re-wrapped, not re-encrypted: what was sealed before still opens.
    expect(await open(note)).toBe('未送信の記録');
  });

  it('reopens a reloaded unlocked tab with the server key online, and asks for the passcode offline', async () => {
    const s = setup();
    const first = s.make();
    await first.init();
    await first.signIn('coordinator', 'pw-coordinator');
    await first.setPasscode('2468');
    const note = await seal('再読み込み');

    setDataKey(null); // what a reload does to memory
    expect((await s.make().init()).status).toBe('signed-in');
    expect(await open(note)).toBe('再読み込み');

    setDataKey(null);
    s.server.state.down = true;
    expect((await s.make().init()).status).toBe('locked');
    expect(currentDataKey()).toBeNull();
  });

  it('after the server key was replaced, an online sign-in starts over with a new key and an empty device to pull into', async () => {
    const s = setup();
    const store = await signedInAndReopened(s);
    const clientId = (await readSession(s.db))!.clientId;
    await storedBeforeTheLock(() => s.db.outbox.add(buildMutation()));
    s.server.replaceKeys();

    expect(await store.signIn('coordinator', 'pw-coordinator')).toEqual({ ok: true });
    expect(currentDataKey()).not.toBeNull();
    expect(await s.db.outbox.count()).toBe(0);
    expect(await s.db.meta.get('sync.clientId')).toMatchObject({ value: clientId });
    expect(store.getState()).toMatchObject({ status: 'signed-in', user: coordinator, needsPasscode: true });
  });

  it('leaves no key material after sign-out, nor after the device is revoked', async () => {
    for (const end of ['sign-out', 'revoked'] as const) {
      const s = setup();
      const store = await signedInAndReopened(s);
      await store.unlockWithPasscode('2468');
      const wrapped = [(await s.db.meta.get('auth.serverWrappedKey'))?.value, (await s.db.meta.get('auth.passcode'))?.value] as unknown[];
      expect(wrapped.every(Boolean)).toBe(true);

      if (end === 'sign-out') expect(await store.signOut()).toMatchObject({ ok: true });
      else await store.handleDeviceRevoked();

      expect(currentDataKey(), end).toBeNull();
      const stored = await everythingStored(s);
      for (const key of ['auth.serverWrappedKey', 'auth.passcode', 'auth.session']) expect(stored, end).not.toContain(key);
      expect(stored, end).not.toContain((wrapped[1] as { wrappedKey: string }).wrappedKey);
      expect(stored, end).not.toContain(wrapped[0]);
    }
  });

  it('destroys the wrapped keys before the data: a sign-out cut short leaves only what nobody can open', async () => {
    const s = setup();
    const store = await signedInAndReopened(s);
    await storedBeforeTheLock(() => s.db.outbox.add(buildMutation()));
    // The tab is closed while the database is being deleted.
    const deleteDatabase = vi.spyOn(s.db, 'delete').mockRejectedValueOnce(new Error('tab closed'));
    await expect(store.signOut({ discardUnsent: true })).rejects.toThrow('tab closed');
    deleteDatabase.mockRestore();
    expect(await s.db.outbox.count()).toBe(1);
    expect(await s.db.meta.get('auth.passcode')).toBeUndefined();
    expect(await s.db.meta.get('auth.serverWrappedKey')).toBeUndefined();
  });
});

describe('a device set up before the data key (a passcode hash, data in clear)', () => {
  async function legacyDevice() {
    const s = setup();
    const first = s.make();
    await first.init();
    await first.signIn('coordinator', 'pw-coordinator');
    // What the previous version stored: a salted PBKDF2 hash and no wrapped key.
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const material = await crypto.subtle.importKey('raw', new TextEncoder().encode('2468'), 'PBKDF2', false, ['deriveBits']);
    const hash = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1_000 }, material, 256));
    await s.db.meta.bulkDelete(['auth.passcode', 'auth.serverWrappedKey']);
    await s.db.meta.put({ key: 'auth.passcode', value: { salt: toBase64(salt), hash: toBase64(hash), iterations: 1_000, failures: 0 } });
    setDataKey(null);
    s.tab.clear();
    return s;
  }

  it('makes the key at the first unlock with the old passcode, offline, and gives the server its copy once online', async () => {
    const s = await legacyDevice();
    s.server.state.down = true;
    const store = s.make();
    await store.init();
    expect(await store.unlockWithPasscode('2468')).toEqual({ ok: true });
    expect(currentDataKey()).not.toBeNull();
    expect((await s.db.meta.get('auth.passcode'))?.value).not.toHaveProperty('hash');
    expect(await s.db.meta.get('auth.serverWrappedKey')).toBeUndefined();

    s.tab.clear();
    s.server.state.down = false;
    const online = s.make();
    await online.init();
    expect(await online.unlockWithPasscode('2468')).toEqual({ ok: true });
    await expect.poll(async () => (await s.db.meta.get('auth.serverWrappedKey'))?.value).toEqual(expect.any(String));
    // That copy now opens the key at an online sign-in with the same data.
    const note = await seal('移行後');
    setDataKey(null);
    await s.make().signIn('coordinator', 'pw-coordinator');
    expect(await open(note)).toBe('移行後');
  });

  it('drops the old hash at an online sign-in and asks for the passcode again', async () => {
    const s = await legacyDevice();
    const store = s.make();
    await store.init();
    await store.signIn('coordinator', 'pw-coordinator');
    expect(store.getState()).toMatchObject({ status: 'signed-in', needsPasscode: true });
    expect(await s.db.meta.get('auth.passcode')).toBeUndefined();
    expect(currentDataKey()).not.toBeNull();
  });
});
