/**
 * The signed-in user on this device, kept in the meta table, and the device wipe.
 * - `auth.session`: who signed in online last, under which scope, and until when the offline
 *   passcode may unlock the app (7 days after that sign-in). No password, no token: the session
 *   token is an httpOnly cookie the app never sees.
 * - `auth.passcode`: the data key wrapped by a key derived from the offline passcode (salt, iterations;
 *   src/auth/data-key-wrapping.ts), plus the count of wrong tries since the last online sign-in. A
 *   device set up before the data key holds a salted PBKDF2 hash there until its next unlock.
 * - `auth.serverWrappedKey`: the data key wrapped by the key the server holds for this user and device.
 * - `auth.pendingLogout`: a sign-out happened offline, so the server session still needs ending.
 * The two wrapped keys are the only key material on the device; the data key itself lives in memory.
 * The wipe destroys them first, so a wipe cut short leaves only ciphertext nobody can open; then it
 * deletes the whole IndexedDB database (every table, the outbox too) rather than clearing
 * tables one by one: nothing a later version adds can be forgotten. Only the device id is written
 * back (and even that not for a revoked device).
 */
import type { SessionUser } from '../shared/auth-protocol';
import type { FieldDb, MetaEntry } from './db';
import { readMeta, writeMeta } from './meta-store';
import { readBeforeDexie } from './read-before-dexie';

export type StoredSession = {
  user: SessionUser;
  clientId: string;
  /** The scope the server announced at sign-in; the data's own fingerprint is sync-repo's. */
  scopeFingerprint: string;
  /** ISO time of the last online sign-in. */
  signedInAt: string;
  /** ISO time after which the passcode no longer unlocks (an online sign-in is needed). */
  unlockUntil: string;
  /** ISO time the server session ends at the latest. */
  expiresAt: string;
  /** The server refused the session (401): sync pauses until the user signs in again. */
  reauthRequired?: boolean;
};

/** `wrappedKey`: the data key wrapped by the passcode's key; `hash`: a device set up before it (legacy). */
export type StoredPasscode = { salt: string; iterations: number; failures: number } & ({ wrappedKey: string } | { hash: string });

const SESSION_KEY = 'auth.session';
const PASSCODE_KEY = 'auth.passcode';
const SERVER_WRAPPED_KEY = 'auth.serverWrappedKey';
const PENDING_LOGOUT_KEY = 'auth.pendingLogout';
const CLIENT_ID_KEY = 'sync.clientId';

export async function readSession(db: FieldDb): Promise<StoredSession | undefined> {
  return readMeta<StoredSession>(db, SESSION_KEY);
}

export async function writeSession(db: FieldDb, session: StoredSession): Promise<void> {
  await writeMeta(db, SESSION_KEY, session);
}

/**
 * The session and the passcode as readSession and readPasscode give them, read while Dexie may still be
 * loading (read-before-dexie.ts; the meta table is stored in clear): a start and an unlock need no more.
 */
export async function readSessionAndPasscodeEarly(dbName?: string): Promise<[StoredSession | undefined, StoredPasscode | undefined]> {
  const [session, passcode] = (await readBeforeDexie('meta', [SESSION_KEY, PASSCODE_KEY], dbName)) as (MetaEntry | undefined)[];
  return [session?.value as StoredSession | undefined, passcode?.value as StoredPasscode | undefined];
}

export async function readPasscode(db: FieldDb): Promise<StoredPasscode | undefined> {
  return readMeta<StoredPasscode>(db, PASSCODE_KEY);
}

export async function writePasscode(db: FieldDb, passcode: StoredPasscode): Promise<void> {
  await writeMeta(db, PASSCODE_KEY, passcode);
}

export async function deletePasscode(db: FieldDb): Promise<void> {
  await db.meta.delete(PASSCODE_KEY);
}

export async function readServerWrappedKey(db: FieldDb): Promise<string | undefined> {
  return readMeta<string>(db, SERVER_WRAPPED_KEY);
}

export async function writeServerWrappedKey(db: FieldDb, wrappedKey: string): Promise<void> {
  await writeMeta(db, SERVER_WRAPPED_KEY, wrappedKey);
}

/** Deletes both wrapped copies of the data key: what is encrypted with it can no longer be opened. */
export async function destroyWrappedKeys(db: FieldDb): Promise<void> {
  await db.meta.bulkDelete([PASSCODE_KEY, SERVER_WRAPPED_KEY]);
}

export async function readPendingLogout(db: FieldDb): Promise<boolean> {
  return (await readMeta(db, PENDING_LOGOUT_KEY)) === true;
}

export async function writePendingLogout(db: FieldDb, pending: boolean): Promise<void> {
  if (pending) await writeMeta(db, PENDING_LOGOUT_KEY, true);
  else await db.meta.delete(PENDING_LOGOUT_KEY);
}

/** Pending local work of the signed-in user: what a sign-out would lose. */
export async function countUnsent(db: FieldDb): Promise<{ outbox: number; attention: number }> {
  const [outbox, attention] = await Promise.all([db.outbox.count(), db.needsAttention.count()]);
  return { outbox, attention };
}

/**
 * Deletes the device database and opens an empty one. `keepClientId`: write the device id back
 * (sign-out, hand-over); false for a revoked device, which must come back as a new device.
 * `pendingLogout` is written back too, so an offline sign-out still ends the server session later.
 */
export async function wipeDevice(db: FieldDb, opts: { keepClientId: boolean; pendingLogout?: boolean }): Promise<void> {
  const clientId = opts.keepClientId ? await readMeta(db, CLIENT_ID_KEY) : undefined;
  await destroyWrappedKeys(db);
  // disableAutoOpen: false → the next access re-creates the (empty) database with the current schema.
  await db.delete({ disableAutoOpen: false });
  await db.open();
  if (typeof clientId === 'string') await writeMeta(db, CLIENT_ID_KEY, clientId);
  if (opts.pendingLogout) await writePendingLogout(db, true);
}
