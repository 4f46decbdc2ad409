/**
 * The signed-in user on this device, kept in the meta table, and the device wipe.
 * - `auth.session`: who signed in online last, under which scope, and until when the offline
 *   passcode may unlock the app (7 days after that sign-in). No password, no token: the session
 *   token is an httpOnly cookie the app never sees.
 * - `auth.passcode`: the offline passcode as a salted PBKDF2 hash (src/auth/passcode.ts), plus the
 *   count of wrong tries since the last online sign-in.
 * - `auth.pendingLogout`: a sign-out happened offline, so the server session still needs ending.
 * The wipe deletes the whole IndexedDB database (every table, the outbox too) rather than clearing
 * tables one by one: nothing a later version adds can be forgotten. Only the device id is written
 * back (and even that not for a revoked device).
 */
import type { SessionUser } from '../shared/auth-protocol';
import type { FieldDb } from './db';
import { readMeta, writeMeta } from './meta-store';

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

export type StoredPasscode = { salt: string; hash: string; iterations: number; failures: number };

const SESSION_KEY = 'auth.session';
const PASSCODE_KEY = 'auth.passcode';
const PENDING_LOGOUT_KEY = 'auth.pendingLogout';
const CLIENT_ID_KEY = 'sync.clientId';

export async function readSession(db: FieldDb): Promise<StoredSession | undefined> {
  return readMeta<StoredSession>(db, SESSION_KEY);
}

export async function writeSession(db: FieldDb, session: StoredSession): Promise<void> {
  await writeMeta(db, SESSION_KEY, session);
}

export async function readPasscode(db: FieldDb): Promise<StoredPasscode | undefined> {
  return readMeta<StoredPasscode>(db, PASSCODE_KEY);
}

export async function writePasscode(db: FieldDb, passcode: StoredPasscode): Promise<void> {
  await writeMeta(db, PASSCODE_KEY, passcode);
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
  // disableAutoOpen: false → the next access re-creates the (empty) database with the current schema.
  await db.delete({ disableAutoOpen: false });
  await db.open();
  if (typeof clientId === 'string') await writeMeta(db, CLIENT_ID_KEY, clientId);
  if (opts.pendingLogout) await writePendingLogout(db, true);
}
