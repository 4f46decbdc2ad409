/**
 * The app's session (one per tab) and the hooks the screens use: `useSession()` for who is signed
 * in, and the actions. Wires the store (session-store.ts) to the real database, the sync loop, the
 * react-query cache and the other tabs: after a sign-out or wipe in one tab, the others reload, so
 * no tab keeps showing the previous user's records from memory.
 */
import { useSyncExternalStore } from 'react';
import { deviceDb } from '../storage/device-db';
import { readSessionAndPasscodeEarly } from '../storage/session-repo';
import { deviceDbOnce } from './device-db-source';
import { createSessionStore, type SessionState } from './session-store';
import { connectSync } from './sync-lifecycle';

const UNLOCK_KEY = 'field.unlockedFor';
const LOCK_HINT_KEY = 'field.unlockUntil';
const CHANNEL = 'field-auth';

/**
 * Dexie and the database load on first need, or once the first screen has painted (startSession):
 * the lock screen paints from the lock hint and the session is read without Dexie, so the first paint
 * does not share the main thread with Dexie's load and the database's open.
 */
const db = deviceDbOnce(deviceDb);

/**
 * One key of Web Storage as an UnlockMemory. Both uses are conveniences (skip the passcode after a
 * reload, paint the lock screen early), so storage that refuses (Safari's private mode, a full
 * quota) must never break a sign-in: it just behaves as if nothing were remembered.
 */
function remembered(storage: () => Storage, key: string) {
  const attempt = <T>(run: () => T, otherwise: T): T => {
    try {
      return run();
    } catch {
      return otherwise;
    }
  };
  return {
    get: () => attempt(() => storage().getItem(key), null),
    set: (value: string) => attempt(() => storage().setItem(key, value), undefined),
    clear: () => attempt(() => storage().removeItem(key), undefined),
  };
}

const tabMemory = remembered(() => sessionStorage, UNLOCK_KEY);
const deviceMemory = remembered(() => localStorage, LOCK_HINT_KEY);

const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);

let stopSync: () => Promise<void> = async () => {};

export const sessionStore = createSessionStore({
  db,
  readSessionAndPasscode: () => readSessionAndPasscodeEarly(),
  loadBackend: () => Promise.all([import('./auth-api'), db()]).then(([{ createAuthBackend }, opened]) => createAuthBackend(opened)),
  unlockMemory: tabMemory,
  lockHint: deviceMemory,
  beforeWipe: () => stopSync(),
  afterWipe: () => {
    // Cached query results are the previous user's (react-query is loaded only by screens using it).
    void import('../lib/query-client').then(({ queryClient }) => queryClient.clear());
    channel?.postMessage('wiped');
  },
});

/**
 * The session as it was before the stored one was read, the state of the screen index.html painted:
 * "locked" from the lock hint (the passcode screen), else signed out (the sign-in screen: without a
 * live hint, a first visit or one after a sign-out). Hydrating those nodes renders it (the server
 * snapshot of useSyncExternalStore), then the state as read; a plain render never uses it.
 */
let stateBeforeRead: SessionState | undefined;
const paintedState = (state: SessionState): SessionState => (state.ready ? state : { status: 'signed-out', ready: true });

/** Reads the stored session and starts following it with the sync loop. Call once at start. */
export async function startSession(): Promise<void> {
  const reading = sessionStore.init();
  stateBeforeRead = paintedState(sessionStore.getState());
  try {
    await reading;
  } finally {
    // The session is read (it decides the first screen) and a frame drawn: the first screen is up or
    // about to be, and the passcode is still to be typed.
    requestAnimationFrame(() => setTimeout(() => void db().catch(() => {})));
  }
  stopSync = connectSync(sessionStore, db).stop;
  if (channel) {
    // Another tab wiped the database: this tab's memory (lists, forms) must go too.
    channel.onmessage = () => window.location.assign('/');
  }
}

export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getState, () => stateBeforeRead ?? paintedState(sessionStore.getState()));
}

/** The id this device signs in and syncs with (made on first use; loaded lazily like the auth backend). */
export function thisDeviceId(): Promise<string> {
  return Promise.all([import('../sync/identity'), db()]).then(([{ getClientId }, opened]) => getClientId(opened));
}

export const signIn = sessionStore.signIn;
export const signOut = sessionStore.signOut;
export const unlockWithPasscode = sessionStore.unlockWithPasscode;
export const setPasscode = sessionStore.setPasscode;
