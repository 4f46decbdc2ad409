import { afterEach, describe, expect, it } from 'vitest';
import { openFieldDb, type FieldDb } from './db';
import { readBeforeDexie } from './read-before-dexie';
import { readPasscode, readSession, readSessionAndPasscodeEarly, writePasscode, writeSession, type StoredSession } from './session-repo';

const opened: FieldDb[] = [];
const fresh = () => {
  const db = openFieldDb(`before-dexie-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
};
afterEach(() => Promise.all(opened.splice(0).map((db) => db.delete())));

const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name);

const session: StoredSession = {
  user: { userId: 'u1', loginId: 'coordinator', displayName: 'デモ', role: 'coordinator', schoolId: null },
  clientId: 'c1',
  scopeFingerprint: 'fp',
  signedInAt: '2026-06-01T09:00:00.000Z',
  unlockUntil: '2026-06-08T09:00:00.000Z',
  expiresAt: '2026-06-02T09:00:00.000Z',
};

describe('reading before Dexie has loaded', () => {
  it('gives the session and passcode exactly as Dexie stored them', async () => {
    const db = fresh();
    await writeSession(db, session);
    await writePasscode(db, { salt: 's', iterations: 1, wrappedKey: 'k', failures: 2 });
    expect(await readSessionAndPasscodeEarly(db.name)).toEqual([await readSession(db), await readPasscode(db)]);
  });

  it('creates no database on a first visit, so Dexie later creates it with its own schema', async () => {
    const name = `before-dexie-${crypto.randomUUID()}`;
    expect(await readBeforeDexie('meta', ['auth.session'], name)).toEqual([undefined]);
    expect(await databaseNames()).not.toContain(name);
    const db = openFieldDb(name);
    opened.push(db);
    await writeSession(db, session);
    expect(await readSessionAndPasscodeEarly(name)).toEqual([session, undefined]);
  });

  it('holds no connection that would block a delete (sign-out) or an upgrade', async () => {
    const db = fresh();
    await writeSession(db, session);
    await readSessionAndPasscodeEarly(db.name);
    db.close();
    // A later schema version opens at once: nothing is left open on the old one.
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(db.name, db.verno * 10 + 1);
      open.onblocked = () => reject(new Error('blocked'));
      open.onsuccess = () => resolve(open.result);
    });
    upgraded.close();
  });
});
