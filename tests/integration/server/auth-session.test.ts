/**
 * Sign-in, sessions, CSRF, throttling, revocation and hardening headers, on SQLite and,
 * with TEST_DATABASE_URL, PostgreSQL.
 */
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from '../../../src/shared/auth-protocol';
import type { SqlStore } from '../../../sync-server/src/store/sql-store';
import { pullQuery } from '../../factories/sync-factories';
import { createAuthedApp, CSRF_HEADERS, loginAs, TEST_ORIGIN, type AuthedApp } from '../../setup/auth-helpers';
import { TEST_STORE_KINDS } from '../../setup/server-stores';

const HOUR = 3600_000;

describe.each(TEST_STORE_KINDS)('sign-in and sessions on $name', (kind) => {
  let store: SqlStore;
  let t: AuthedApp;
  beforeEach(async () => {
    store = (await kind.create()).store;
    t = await createAuthedApp(store, { trustProxy: true });
  });
  afterEach(async () => store.close());

  const login = (body: object, ip = '10.0.0.1') => request(t.app).post('/api/auth/login').set(CSRF_HEADERS).set('X-Forwarded-For', ip).send(body);
  const pull = (s: { agent: Awaited<ReturnType<typeof loginAs>>['agent']; clientId: string }) =>
    s.agent.get('/api/sync/pull').query({ ...pullQuery(), clientId: s.clientId });

  it('signs in with a hardened session cookie and says who the user is', async () => {
    const res = await login({ loginId: 'TEACHER', password: t.users.teacher.password, clientId: 'dev-1' }).expect(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^field_session=[\w-]{43};/u);
    expect(cookie).toMatch(/HttpOnly/u);
    expect(cookie).toMatch(/SameSite=Strict/u);
    expect(cookie).toMatch(/Path=\/api;/u);
    expect(res.body).toMatchObject({ status: 'ok', clientId: 'dev-1', user: { userId: t.users.teacher.id, role: 'teacher', schoolId: t.users.teacher.schoolId } });
    const token = cookie.slice('field_session='.length, cookie.indexOf(';'));
    const stored = await store.db.selectFrom('sessions').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(token); // only the hash is kept
    const me = await request(t.app).get('/api/auth/session').set('Cookie', `field_session=${token}`).expect(200);
    expect(me.body.scopeFingerprint).toBe(res.body.scopeFingerprint);
  });

  it('gives the same answer for an unknown login and a wrong password', async () => {
    const unknown = await login({ loginId: 'nobody', password: 'whatever-1', clientId: 'dev-1' }).expect(401);
    const wrong = await login({ loginId: 'teacher', password: 'whatever-1', clientId: 'dev-1' }).expect(401);
    expect(unknown.body).toEqual({ status: 'error', reason: 'invalid-credentials', details: {} });
    expect(wrong.body).toEqual(unknown.body);
    expect(unknown.headers['set-cookie']).toBeUndefined();
  });

  it('refuses state-changing requests without the app origin or the client header (CSRF)', async () => {
    const body = { loginId: 'teacher', password: t.users.teacher.password, clientId: 'dev-1' };
    const noHeader = await request(t.app).post('/api/auth/login').set('Origin', TEST_ORIGIN).send(body).expect(403);
    expect(noHeader.body.reason).toBe('csrf');
    await request(t.app).post('/api/auth/login').set({ ...CSRF_HEADERS, Origin: 'https://evil.example' }).send(body).expect(403);
    await request(t.app).post('/api/auth/login').set({ 'X-Field-Client': '1' }).send(body).expect(403);
    await request(t.app).post('/api/auth/login').set({ 'X-Field-Client': '1', 'Sec-Fetch-Site': 'cross-site' }).send(body).expect(403);
    await request(t.app).post('/api/auth/login').set({ 'X-Field-Client': '1', 'Sec-Fetch-Site': 'same-origin' }).send(body).expect(200);
    const form = await request(t.app).post('/api/auth/login').set(CSRF_HEADERS).type('form').send(body).expect(415);
    expect(form.body.reason).toBe('unsupported-media-type');
  });

  it('throttles sign-in per account after 5 failures, whatever the address, with Retry-After', async () => {
    for (let i = 0; i < 5; i++) await login({ loginId: 'counter', password: 'wrong-password', clientId: 'd' }, `10.1.0.${i}`).expect(401);
    const res = await login({ loginId: 'counter', password: t.users.counter.password, clientId: 'd' }, '10.1.1.1').expect(429);
    expect(res.body.reason).toBe('too-many-attempts');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(800);
    await login({ loginId: 'coordinator', password: t.users.coordinator.password, clientId: 'd' }, '10.1.1.1').expect(200); // other accounts unaffected
    t.clock.advance(15 * 60_000 + 1000);
    await login({ loginId: 'counter', password: t.users.counter.password, clientId: 'd' }, '10.1.1.1').expect(200);
  });

  it('throttles sign-in per address after 20 failures across accounts', async () => {
    for (let i = 0; i < 20; i++) await login({ loginId: `guess-${i}`, password: 'wrong-password', clientId: 'd' }, '10.2.0.9').expect(401);
    const res = await login({ loginId: 'admin', password: t.users.admin.password, clientId: 'd' }, '10.2.0.9').expect(429);
    expect(res.headers['retry-after']).toBeDefined();
    await login({ loginId: 'admin', password: t.users.admin.password, clientId: 'd' }, '10.2.0.10').expect(200);
  });

  it('does not count successful sign-ins against the address', async () => {
    for (let i = 0; i < 25; i++) await login({ loginId: 'admin', password: t.users.admin.password, clientId: 'd' }, '10.3.0.1').expect(200);
  });

  it('gives an attacker at an address no more guesses at other accounts when someone signs in from it', async () => {
    const users = [t.users.counter, t.users.teacher, t.users.admin, t.users.coordinator];
    const guess = (loginId: string, ip = '10.5.0.1') => login({ loginId, password: 'wrong-password', clientId: 'd' }, ip);
    // 12 failures across four accounts (3 each: under the per-account limit of 5), then three sign-ins
    // from the same address (a colleague at the same office), then the attacker goes on.
    for (let i = 0; i < 12; i++) await guess(users[i % 4]!.loginId).expect(401);
    for (let i = 0; i < 3; i++) await login({ loginId: 'coordinator', password: t.users.coordinator.password, clientId: 'd' }, '10.5.0.1').expect(200);
    // Still 20 guesses per address in all: 8 more, and the 9th is refused.
    const more: number[] = [];
    for (let i = 0; i < 9; i++) more.push((await guess(i % 2 === 0 ? 'coordinator' : `guess-${i}`)).status);
    expect(more).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 429]);
    // The sign-ins cleared the coordinator's own count only: the teacher's 3 failures still count.
    await guess('teacher', '10.5.0.2').expect(401);
    await guess('teacher', '10.5.0.2').expect(401);
    await guess('teacher', '10.5.0.2').expect(429);
  });

  it('refuses a session after 12 h idle and after 7 days in use', async () => {
    const s = await loginAs(t.app, 'coordinator');
    t.clock.advance(SESSION_IDLE_SECONDS * 1000 - HOUR);
    await pull(s).expect(200);
    t.clock.advance(SESSION_IDLE_SECONDS * 1000 - HOUR); // used an hour ago... plus 11 h: still fine
    await pull(s).expect(200);
    t.clock.advance(SESSION_IDLE_SECONDS * 1000);
    expect((await pull(s).expect(401)).body.reason).toBe('unauthenticated');

    const busy = await loginAs(t.app, 'coordinator');
    for (let used = 0; used < SESSION_ABSOLUTE_SECONDS * 1000; used += 10 * HOUR) {
      await pull(busy).expect(200);
      t.clock.advance(10 * HOUR);
    }
    await pull(busy).expect(401);
  });

  it('ends the session on logout, and all of a user’s sessions on disable or password reset', async () => {
    const s = await loginAs(t.app, 'counter');
    await s.agent.post('/api/auth/logout').expect(200);
    await pull(s).expect(401);
    await s.agent.get('/api/auth/session').expect(401);

    const a = await loginAs(t.app, 'counter');
    const b = await loginAs(t.app, 'counter');
    const admin = await loginAs(t.app, 'admin');
    await admin.agent.post(`/api/admin/users/${t.users.counter.id}/password`).send({ password: 'a-brand-new-password' }).expect(200);
    await pull(a).expect(401);
    await pull(b).expect(401);
    await login({ loginId: 'counter', password: t.users.counter.password, clientId: 'x' }, '10.4.0.1').expect(401);
    await login({ loginId: 'counter', password: 'a-brand-new-password', clientId: 'x' }, '10.4.0.1').expect(200);

    const c = await loginAs(t.app, 'teacher');
    await admin.agent.patch(`/api/admin/users/${t.users.teacher.id}`).send({ disabled: true }).expect(200);
    await pull(c).expect(401);
    await login({ loginId: 'teacher', password: t.users.teacher.password, clientId: 'x' }, '10.4.0.2').expect(401);
  });

  it('refuses a revoked device on every request, sign-in included, so it can wipe itself', async () => {
    const s = await loginAs(t.app, 'coordinator', { clientId: 'lost-tablet' });
    await pull(s).expect(200);
    const admin = await loginAs(t.app, 'admin');
    const devices = (await admin.agent.get('/api/admin/devices').expect(200)).body.devices as { clientId: string; userId: string }[];
    expect(devices).toContainEqual(expect.objectContaining({ clientId: 'lost-tablet', userId: t.users.coordinator.id }));
    await admin.agent.post('/api/admin/devices/lost-tablet/revoke').expect(200);

    expect((await pull(s).expect(403)).body.reason).toBe('device-revoked');
    expect((await s.agent.get('/api/auth/session').expect(403)).body.reason).toBe('device-revoked');
    const again = await login({ loginId: 'coordinator', password: t.users.coordinator.password, clientId: 'lost-tablet' }).expect(403);
    expect(again.body.reason).toBe('device-revoked');
    // Without any session, a request naming the revoked device still learns why.
    await request(t.app).get('/api/sync/pull').query({ ...pullQuery(), clientId: 'lost-tablet' }).expect(403);
    await admin.agent.post('/api/admin/devices/never-seen/revoke').expect(404);
  });

  it('binds a session to the device it signed in on', async () => {
    const s = await loginAs(t.app, 'coordinator', { clientId: 'tablet-1' });
    const res = await s.agent.get('/api/sync/pull').query({ ...pullQuery(), clientId: 'tablet-2' }).expect(403);
    expect(res.body).toEqual({ status: 'error', reason: 'forbidden', details: { clientId: 'not_this_session' } });
  });

  it('sends security headers, no CORS headers, and never lets /api answers be cached', async () => {
    const res = await request(t.app).get('/api/health').set('Origin', 'https://evil.example').expect(200);
    const csp = String(res.headers['content-security-policy']);
    for (const directive of ["default-src 'self'", "script-src 'self'", "worker-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
    const preflight = await request(t.app).options('/api/sync/push').set({ Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' });
    expect(Object.keys(preflight.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });
});
