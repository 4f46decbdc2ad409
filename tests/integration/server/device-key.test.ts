/**
 * The server's half of the device encryption: POST /api/auth/device-key hands a session the key that
 * wraps its device's data key. One per user and device, stable across sign-ins, gone with a revoked
 * device or a hand-over, never in a log. SQLite always; PostgreSQL with TEST_DATABASE_URL.
 */
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deviceKeyResponseSchema } from '../../../src/shared/auth-protocol';
import type { SqlStore } from '../../../sync-server/src/store/sql-store';
import { createAuthedApp, CSRF_HEADERS, loginAs, type AuthedApp, type SignedIn } from '../../setup/auth-helpers';
import { TEST_STORE_KINDS } from '../../setup/server-stores';

describe.each(TEST_STORE_KINDS)('device key on $name', (kind) => {
  let store: SqlStore;
  let t: AuthedApp;
  const accessLines: string[] = [];
  beforeEach(async () => {
    store = (await kind.create()).store;
    accessLines.length = 0;
    t = await createAuthedApp(store, { accessLog: (line) => accessLines.push(line) });
  });
  afterEach(async () => store.close());

  const keyOf = async (s: SignedIn): Promise<string> => {
    const res = await s.agent.post('/api/auth/device-key').send({}).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    return deviceKeyResponseSchema.parse(res.body).deviceKey;
  };
  const storedKeys = () => store.db.selectFrom('device_keys').select(['client_id', 'user_id']).orderBy('client_id').orderBy('user_id').execute();

  it('hands a session 32 random bytes, the same for that user and device on every later sign-in', async () => {
    const first = await loginAs(t.app, 'coordinator', { clientId: 'tablet-1' });
    const key = await keyOf(first);
    expect(atob(key)).toHaveLength(32);
    expect(await keyOf(first)).toBe(key);
    const later = await loginAs(t.app, 'coordinator', { clientId: 'tablet-1' });
    expect(await keyOf(later)).toBe(key);
    // Another device of the same user, and another user: keys of their own.
    expect(await keyOf(await loginAs(t.app, 'coordinator', { clientId: 'tablet-2' }))).not.toBe(key);
    expect(await keyOf(await loginAs(t.app, 'teacher', { clientId: 'tablet-3' }))).not.toBe(key);
  });

  it('gives two first calls at once the same key', async () => {
    const s = await loginAs(t.app, 'coordinator', { clientId: 'tablet-1' });
    const [a, b] = await Promise.all([keyOf(s), keyOf(s)]);
    expect(a).toBe(b);
    expect(await storedKeys()).toHaveLength(1);
  });

  it('refuses without a session, and without the CSRF headers', async () => {
    expect((await request(t.app).post('/api/auth/device-key').set(CSRF_HEADERS).send({}).expect(401)).body.reason).toBe('unauthenticated');
    const s = await loginAs(t.app, 'coordinator');
    const cookie = (await request(t.app).post('/api/auth/login').set(CSRF_HEADERS).send({ loginId: 'coordinator', password: t.users.coordinator.password, clientId: s.clientId })).headers['set-cookie'];
    await request(t.app).post('/api/auth/device-key').set('Cookie', String(cookie)).send({}).expect(403);
  });

  it('deletes the keys of a revoked device, whose sessions end with it', async () => {
    const lost = await loginAs(t.app, 'coordinator', { clientId: 'lost-tablet' });
    await keyOf(lost);
    await keyOf(await loginAs(t.app, 'coordinator', { clientId: 'kept-tablet' }));
    const admin = await loginAs(t.app, 'admin');
    await admin.agent.post('/api/admin/devices/lost-tablet/revoke').expect(200);
    expect((await lost.agent.post('/api/auth/device-key').send({}).expect(403)).body.reason).toBe('device-revoked');
    expect(await storedKeys()).toEqual([{ client_id: 'kept-tablet', user_id: t.users.coordinator.id }]);
  });

  it('drops the previous user’s key when the device changes hands; their next sign-in there gets a new one', async () => {
    const before = await keyOf(await loginAs(t.app, 'coordinator', { clientId: 'shared-tablet' }));
    await keyOf(await loginAs(t.app, 'counter', { clientId: 'shared-tablet' }));
    expect(await storedKeys()).toEqual([{ client_id: 'shared-tablet', user_id: t.users.counter.id }]);
    expect(await keyOf(await loginAs(t.app, 'coordinator', { clientId: 'shared-tablet' }))).not.toBe(before);
  });

  it('never writes the key to the access log', async () => {
    const key = await keyOf(await loginAs(t.app, 'coordinator'));
    expect(accessLines.some((line) => line.includes('/api/auth/device-key 200'))).toBe(true);
    expect(accessLines.join('\n')).not.toContain(key);
  });
});
