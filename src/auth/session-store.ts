/**
 * Who is using this device, as a small observable store over the meta table (stored by
 * storage/session-repo.ts). Policy:
 * - an online sign-in (the server checks the password) opens a 7-day window in which the offline
 *   passcode reopens the app; after the window, or after 5 wrong passcodes, only an online sign-in
 *   helps. Expiry wipes nothing: the data stays for the same user's next sign-in;
 * - a sign-in by ANOTHER user first wipes the device (hand-over), and refuses while the previous
 *   user's changes are unsent unless the person confirms discarding them;
 * - the data key (data-key-keeper.ts) is in memory exactly while signed in: an online sign-in opens it
 *   with the server's key, the passcode opens it offline; locking or signing out drops it;
 * - "unlocked" survives a reload of the same tab when online (sessionStorage holds only the sign-in
 *   time, which is not personal): the reload lost the data key with the tab's memory, and the server's
 *   key opens it again, so a PWA update does not ask for the passcode. Offline the passcode is asked.
 *   A new tab or a reopened app starts locked;
 * - sign-out and device revocation destroy the wrapped keys, then delete the whole database: the next
 *   person on a shared tablet finds nothing.
 * The server endpoints are loaded lazily (`loadBackend`) to keep zod off the first paint.
 */
import type { SessionUser } from '../shared/auth-protocol';
import { countUnsent, deletePasscode, destroyWrappedKeys, readPasscode, readPendingLogout, readSession, wipeDevice, writePasscode, writePendingLogout, writeSession, type StoredPasscode, type StoredSession } from '../storage/session-repo';
import type { AuthBackend, AuthErrorReason } from './auth-api';
import { createDataKeyKeeper, passcodeOpensKey } from './data-key-keeper';
import { deviceDbOnce, type DeviceDbSource } from './device-db-source';
import { MAX_PASSCODE_FAILURES, OFFLINE_UNLOCK_DAYS } from './passcode';

export type SignedOutReason = 'signed-out' | 'expired' | 'too-many-failures' | 'revoked';

export type SessionState = {
  status: 'signed-out' | 'locked' | 'signed-in';
  user?: SessionUser;
  /** false until the stored session has been read. */
  ready: boolean;
  reason?: SignedOutReason;
  /** Signed in online but no passcode yet: the passcode screen comes first. */
  needsPasscode?: boolean;
  /** The server refused the session (401): sync is paused until the user signs in again. */
  reauthRequired?: boolean;
  /** Signed out with the last user's data still here (expiry, lock-out): whose, to prefill the form. */
  previousLoginId?: string;
};

export type SignInResult =
  | { ok: true }
  | { ok: false; reason: AuthErrorReason; retryAfterSeconds?: number }
  | { ok: false; reason: 'other-user-unsent'; count: number };

export type UnlockResult = { ok: true } | { ok: false; reason: 'wrong'; remaining: number } | { ok: false; reason: 'expired' | 'too-many-failures' };

export type SignOutResult = { ok: true; serverReached: boolean } | { ok: false; reason: 'unsent'; count: number };

/** Remembers "unlocked in this tab" across reloads; sessionStorage in the app. */
export type UnlockMemory = { get(): string | null; set(value: string): void; clear(): void };

/**
 * Remembers, outside IndexedDB, until when this device can be unlocked with the passcode (a time,
 * nothing personal; localStorage in the app). A cold start shows the passcode screen from it at
 * once instead of after IndexedDB has opened, which takes a few hundred ms with 10,000 seekers
 * stored (docs/cold-start.md); who is signed in is filled in when the stored session has been read.
 */
export type LockHint = UnlockMemory;

export type SessionStoreDeps = {
  /** The device database, or its loader: the app loads Dexie after the first screen (src/auth/use-session.ts). */
  db: DeviceDbSource;
  /** The stored session and passcode without waiting for `db` (the app's: session-repo's readSessionAndPasscodeEarly). */
  readSessionAndPasscode?: () => Promise<[StoredSession | undefined, StoredPasscode | undefined]>;
  loadBackend: () => Promise<AuthBackend>;
  now?: () => Date;
  unlockMemory?: UnlockMemory;
  lockHint?: LockHint;
  /** Runs before the database is deleted (stop the sync loop). */
  beforeWipe?: () => void | Promise<void>;
  /** Runs after a wipe (clear in-memory caches, tell other tabs). */
  afterWipe?: () => void;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const noMemory: UnlockMemory = { get: () => null, set: () => {}, clear: () => {} };

export type SessionStore = ReturnType<typeof createSessionStore>;

export function createSessionStore(deps: SessionStoreDeps) {
  const { loadBackend, now = () => new Date(), unlockMemory = noMemory, lockHint = noMemory } = deps;
  const device = deviceDbOnce(deps.db);
  const readSessionAndPasscode = deps.readSessionAndPasscode ?? (async () => {
    const db = await device();
    return Promise.all([readSession(db), readPasscode(db)]);
  });
  let state: SessionState = { status: 'signed-out', ready: false };
  const listeners = new Set<(s: SessionState) => void>();
  const set = (next: Omit<SessionState, 'ready'>) => {
    state = { ...next, ready: true };
    for (const l of listeners) l(state);
  };
  const signedIn = (s: StoredSession, needsPasscode: boolean) => {
    lockHint.set(s.unlockUntil);
    set({ status: 'signed-in', user: s.user, ...(needsPasscode ? { needsPasscode } : {}), ...(s.reauthRequired ? { reauthRequired: true } : {}) });
  };
  const locked = (s: StoredSession) => {
    keeper.forget();
    lockHint.set(s.unlockUntil);
    set({ status: 'locked', user: s.user });
  };
  const signedOut = (reason: SignedOutReason | undefined, previous?: StoredSession) => {
    keeper.forget();
    lockHint.clear();
    set({ status: 'signed-out', ...(reason ? { reason } : {}), ...(previous ? { previousLoginId: previous.user.loginId } : {}) });
  };

  async function wipe(keepClientId: boolean, pendingLogout = false): Promise<void> {
    await deps.beforeWipe?.();
    keeper.forget();
    await wipeDevice(await device(), { keepClientId, pendingLogout });
    unlockMemory.clear();
    lockHint.clear();
    deps.afterWipe?.();
  }

  const keeper = createDataKeyKeeper(device, () => wipe(true));

  /** A reload of an unlocked tab: the server's key opens the data key again (false offline, or refused). */
  async function reopenWithServerKey(): Promise<boolean> {
    try {
      return await keeper.openWithServerKey(await (await loadBackend()).deviceKey(), 'refuse');
    } catch {
      return false;
    }
  }

  /** The passcode's failures back to 0, on the record as it is now (an unlock may have just rewritten it). */
  async function clearFailures(): Promise<void> {
    const db = await device();
    const passcode = await readPasscode(db);
    if (passcode && passcode.failures > 0) await writePasscode(db, { ...passcode, failures: 0 });
  }

  /** An offline sign-out left a server session behind: end it once the network is back. */
  async function finishPendingLogout(): Promise<void> {
    const db = await device();
    if (!(await readPendingLogout(db))) return;
    await (await loadBackend()).logout();
    await writePendingLogout(db, false);
  }

  /** The lock hint is live: the device can be unlocked with its passcode (who by is read from IndexedDB). */
  const hintedLocked = () => {
    const hinted = lockHint.get();
    return hinted !== null && now().getTime() <= Date.parse(hinted);
  };

  return {
    getState: () => state,
    hintedLocked,
    subscribe(listener: (s: SessionState) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /**
     * Reads the stored session once at start: signed out, locked (passcode) or still unlocked.
     * With a live lock hint and a tab not unlocked before, it is "locked" at once (user not known
     * yet); the stored session then confirms it or says otherwise (a rare flash of the lock screen).
     */
    async init(): Promise<SessionState> {
      if (hintedLocked() && unlockMemory.get() === null) set({ status: 'locked' });
      const [session, passcode] = await readSessionAndPasscode();
      if (!session) {
        signedOut(undefined);
        void finishPendingLogout().catch(() => {});
      } else if (now().getTime() > Date.parse(session.unlockUntil)) signedOut('expired', session);
      else if (!passcode) signedOut(undefined, session);
      else if (passcode.failures >= MAX_PASSCODE_FAILURES) signedOut('too-many-failures', session);
      else if (unlockMemory.get() === session.signedInAt && (await reopenWithServerKey())) signedIn(session, !passcodeOpensKey(await readPasscode(await device())));
      else locked(session);
      return state;
    },

    /**
     * `replacePasscode`: the person came from the lock screen (forgot the passcode, or prefers the
     * password): the old passcode's copy of the data key goes and the passcode screen follows.
     */
    async signIn(loginId: string, password: string, opts: { discardOtherUsersChanges?: boolean; replacePasscode?: boolean } = {}): Promise<SignInResult> {
      const db = await device();
      const backend = await loadBackend();
      const previous = await readSession(db);
      const sameLogin = previous?.user.loginId === backend.normalizeLoginId(loginId);
      if (previous && !sameLogin && !opts.discardOtherUsersChanges) {
        const { outbox } = await countUnsent(db);
        if (outbox > 0) return { ok: false, reason: 'other-user-unsent', count: outbox };
      }
      let response, serverKey;
      try {
        response = await backend.login(loginId, password);
        serverKey = await backend.deviceKey();
      } catch (error) {
        const reason = (error as { reason?: AuthErrorReason }).reason ?? 'server';
        if (reason === 'device-revoked') {
          await wipe(false);
          signedOut('revoked');
        }
        const retry = (error as { retryAfterSeconds?: number }).retryAfterSeconds;
        return { ok: false, reason, ...(retry === undefined ? {} : { retryAfterSeconds: retry }) };
      }
      // Hand-over: nothing of the previous user may stay for the next one (APPI).
      if (previous && previous.user.userId !== response.user.userId) await wipe(true);
      await keeper.openWithServerKey(serverKey, 'wipe');
      if (opts.replacePasscode) await deletePasscode(db);
      const at = now();
      const session: StoredSession = {
        user: response.user,
        clientId: response.clientId,
        scopeFingerprint: response.scopeFingerprint,
        signedInAt: at.toISOString(),
        unlockUntil: new Date(at.getTime() + OFFLINE_UNLOCK_DAYS * DAY_MS).toISOString(),
        expiresAt: response.expiresAt,
      };
      await writeSession(db, session);
      await clearFailures();
      unlockMemory.set(session.signedInAt);
      signedIn(session, !passcodeOpensKey(await readPasscode(db)));
      return { ok: true };
    },

    /**
     * After an online sign-in that found no passcode for the data key (first sign-in on this device,
     * after a wipe, after a forgotten passcode): the offline passcode, which re-wraps the data key.
     */
    async setPasscode(pin: string): Promise<void> {
      const db = await device();
      const session = await readSession(db);
      if (!session) throw new Error('setPasscode: not signed in');
      await keeper.setPasscode(pin);
      signedIn(session, false);
    },

    async unlockWithPasscode(pin: string): Promise<UnlockResult> {
      const [session, passcode] = await readSessionAndPasscode();
      if (!session || !passcode) {
        signedOut(undefined, session);
        return { ok: false, reason: 'expired' };
      }
      if (now().getTime() > Date.parse(session.unlockUntil)) {
        signedOut('expired', session);
        return { ok: false, reason: 'expired' };
      }
      if (passcode.failures >= MAX_PASSCODE_FAILURES) {
        signedOut('too-many-failures', session);
        return { ok: false, reason: 'too-many-failures' };
      }
      if (!(await keeper.openWithPasscode(pin, passcode))) {
        const failures = passcode.failures + 1;
        await writePasscode(await device(), { ...passcode, failures });
        if (failures >= MAX_PASSCODE_FAILURES) {
          signedOut('too-many-failures', session);
          return { ok: false, reason: 'too-many-failures' };
        }
        return { ok: false, reason: 'wrong', remaining: MAX_PASSCODE_FAILURES - failures };
      }
      await clearFailures();
      unlockMemory.set(session.signedInAt);
      signedIn(session, false);
      // Offline that fails quietly; the next unlock tries again.
      void keeper.giveServerItsCopy(async () => (await loadBackend()).deviceKey()).catch(() => {});
      return { ok: true };
    },

    /** The server answered 401: keep everything, pause sync, ask for the password again. */
    async markReauthRequired(): Promise<void> {
      const db = await device();
      const session = await readSession(db);
      if (!session) return;
      const next = { ...session, reauthRequired: true };
      await writeSession(db, next);
      if (state.status === 'signed-in') signedIn(next, Boolean(state.needsPasscode));
    },

    /** 403 device-revoked: wipe everything including the device id, then the sign-in screen. */
    async handleDeviceRevoked(): Promise<void> {
      await wipe(false);
      signedOut('revoked');
    },

    /**
     * Ends the session and wipes the device. Refuses while the outbox holds changes unless the
     * caller confirmed discarding them (the screen offers "sync first" before that).
     */
    async signOut(opts: { discardUnsent?: boolean } = {}): Promise<SignOutResult> {
      const db = await device();
      const { outbox } = await countUnsent(db);
      if (outbox > 0 && !opts.discardUnsent) return { ok: false, reason: 'unsent', count: outbox };
      await deps.beforeWipe?.();
      // The keys go before anything else: if the tab is closed during the slow part, what is left is unreadable.
      await destroyWrappedKeys(db);
      keeper.forget();
      // Tell the server first (the cookie is httpOnly: only the server can end it). Offline, the
      // marker written back after the wipe makes the next start try again.
      const serverReached = await loadBackend()
        .then((b) => b.logout())
        .then(
          () => true,
          () => false,
        );
      await wipe(true, !serverReached);
      signedOut('signed-out');
      return { ok: true, serverReached };
    },
  };
}
