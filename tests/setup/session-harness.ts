/**
 * The session store's test bench: a device database, a fake server at the network edge (login, logout,
 * device-key like sync-server/src/routes/auth.ts), a settable clock and the two Web Storage memories.
 * Shared by the session store's tests and the data key's.
 */
import { expect } from 'vitest';
import { createAuthBackend } from '../../src/auth/auth-api';
import { toBase64 } from '../../src/auth/base64';
import { createSessionStore, type UnlockMemory } from '../../src/auth/session-store';
import type { SessionResponse, SessionUser } from '../../src/shared/auth-protocol';
import { currentDataKey, setDataKey } from '../../src/storage/crypto/data-key';
import { readSessionAndPasscodeEarly } from '../../src/storage/session-repo';
import { deviceDbs } from './device-dbs';

const newDb = deviceDbs('session');

export const DAY = 24 * 60 * 60 * 1000;
export const coordinator: SessionUser = { userId: '7b0c6a52-55a8-4d6e-9a31-0c1f5f7e1a01', loginId: 'coordinator', displayName: 'デモ コーディネーター', role: 'coordinator', schoolId: null };
export const teacher: SessionUser = { userId: '7b0c6a52-55a8-4d6e-9a31-0c1f5f7e1a02', loginId: 'teacher', displayName: 'デモ 教員', role: 'teacher', schoolId: '7b0c6a52-55a8-4d6e-9a31-0c1f5f7e1a03' };

type Call = { url: string; init: RequestInit | undefined };
const json = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/**
 * The network edge only: a fake server answering login, logout and device-key like
 * sync-server/src/routes/auth.ts. Its session is the last sign-in; `replaceKeys()` stands for the
 * server's keys having been deleted (the next call makes new ones).
 */
export function fakeServer(users: Record<string, { password: string; user: SessionUser }>) {
  const calls: Call[] = [];
  const state = { throttledFor: 0, revoked: false, down: false };
  const keys = new Map<string, string>();
  let session: string | undefined;
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = String(input);
    calls.push({ url, init });
    if (state.down) throw new TypeError('Failed to fetch');
    if (url.endsWith('/api/auth/logout')) return json(200, { status: 'ok' });
    if (url.endsWith('/api/auth/device-key')) {
      if (!session) return json(401, { status: 'error', reason: 'unauthenticated', details: {} });
      if (!keys.has(session)) keys.set(session, toBase64(crypto.getRandomValues(new Uint8Array(32))));
      return json(200, { status: 'ok', deviceKey: keys.get(session) });
    }
    const body = JSON.parse(String(init?.body)) as { loginId: string; password: string; clientId: string };
    if (state.revoked) return json(403, { status: 'error', reason: 'device-revoked', details: {} });
    if (state.throttledFor > 0) return json(429, { status: 'error', reason: 'too-many-attempts', details: {} }, { 'Retry-After': String(state.throttledFor) });
    const entry = users[body.loginId];
    if (!entry || entry.password !== body.password) return json(401, { status: 'error', reason: 'invalid-credentials', details: {} });
    session = `${entry.user.userId}|${body.clientId}`;
    const answer: SessionResponse = { status: 'ok', user: entry.user, clientId: body.clientId, scopeFingerprint: `fp-${entry.user.role}`, expiresAt: '2030-01-01T00:00:00.000Z' };
    return json(200, answer);
  };
  return { calls, state, fetchImpl, keys, replaceKeys: () => keys.clear(), endSession: () => (session = undefined) };
}

export function memory(): UnlockMemory & { value: string | null } {
  const m = { value: null as string | null, get: () => m.value, set: (v: string) => void (m.value = v), clear: () => void (m.value = null) };
  return m;
}

/** A device (its own database), the fake server, a clock, the tab's and the device's memory; `make()` a store on them (a new tab). */
export function setup() {
  const db = newDb();
  const server = fakeServer({ coordinator: { password: 'pw-coordinator', user: coordinator }, teacher: { password: 'pw-teacher', user: teacher } });
  const clock = { now: new Date('2026-06-01T09:00:00.000Z') };
  const tab = memory();
  const device = memory();
  const make = () =>
    createSessionStore({
      db,
      // As in the app (src/auth/use-session.ts): the session and passcode read without Dexie.
      readSessionAndPasscode: () => readSessionAndPasscodeEarly(db.name),
      loadBackend: async () => createAuthBackend(db, { fetchImpl: server.fetchImpl }),
      now: () => clock.now,
      unlockMemory: tab,
      lockHint: device,
    });
  return { db, server, clock, tab, device, make };
}

/** Signed in online with passcode 2468, then the app is "reopened" (a fresh store, a new tab). */
export async function signedInAndReopened(s: ReturnType<typeof setup>) {
  const first = s.make();
  await first.init();
  expect(await first.signIn('coordinator', 'pw-coordinator')).toEqual({ ok: true });
  await first.setPasscode('2468');
  s.tab.clear();
  const reopened = s.make();
  await reopened.init();
  return reopened;
}

/**
 * Data the app stored while it was unlocked, written now that it is locked (the data is encrypted at
 * rest, and a locked device cannot seal): sealed under a key of the test's own, for tests that only
 * count what is kept.
 */
export async function storedBeforeTheLock(write: () => Promise<unknown>): Promise<void> {
  const locked = currentDataKey();
  setDataKey(await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']));
  try {
    await write();
  } finally {
    setDataKey(locked);
  }
}
