/**
 * Every endpoint behind sign-in answers 401 without a session and 403 for a role it is not for.
 * The sync endpoints serve every role (each within its scope, see auth-scope.test.ts).
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../src/shared/auth-protocol';
import { PROTOCOL_VERSION } from '../../../src/shared/sync-protocol';
import type { SqlStore } from '../../../sync-server/src/store/sql-store';
import { buildMutation, buildPush, pullQuery } from '../../factories/sync-factories';
import { createAuthedApp, createTestUser, CSRF_HEADERS, loginAs, type AuthedApp, type SignedIn, type TestUser } from '../../setup/auth-helpers';
import { TEST_STORE_KINDS } from '../../setup/server-stores';

type Endpoint = { method: 'get' | 'post' | 'patch'; path: (t: AuthedApp) => string; body?: (clientId: string) => object; query?: (clientId: string) => object; roles: readonly Role[] };

const ALL: readonly Role[] = ['admin', 'coordinator', 'counter', 'teacher'];
const ADMIN: readonly Role[] = ['admin'];
const someId = '00000000-0000-4000-8000-000000000001';
/** Stands in for the test app when naming the tests (paths show ':id' instead of a user id). */
const NAMING = { users: { counter: { id: ':id' } } } as unknown as AuthedApp;
let spare: TestUser = { id: ':id' } as TestUser;

const ENDPOINTS: Endpoint[] = [
  { method: 'get', path: () => '/api/auth/session', roles: ALL },
  { method: 'post', path: () => '/api/auth/device-key', roles: ALL },
  { method: 'post', path: () => '/api/sync/push', body: (clientId) => buildPush([buildMutation()], { clientId }), roles: ALL },
  { method: 'get', path: () => '/api/sync/pull', query: (clientId) => ({ ...pullQuery(), clientId }), roles: ALL },
  { method: 'get', path: () => '/api/sync/snapshot', query: (clientId) => ({ ...pullQuery(), clientId }), roles: ALL },
  { method: 'get', path: () => '/api/sync/conflicts', query: (clientId) => ({ ...pullQuery(), clientId }), roles: ALL },
  { method: 'post', path: () => `/api/sync/conflicts/${someId}/resolve`, body: (clientId) => ({ protocolVersion: PROTOCOL_VERSION, clientId, userId: 'u' }), roles: ALL },
  { method: 'get', path: () => '/api/admin/users', roles: ADMIN },
  { method: 'post', path: () => '/api/admin/users', body: () => ({ loginId: `new-${crypto.randomUUID().slice(0, 6)}`, displayName: '新規', role: 'counter', password: 'long-enough-password' }), roles: ADMIN },
  { method: 'patch', path: (t) => `/api/admin/users/${t.users.counter.id}`, body: () => ({ displayName: '窓口 二郎' }), roles: ADMIN },
  // A spare user: resetting a password ends that user's sessions, which the other rows still need.
  { method: 'post', path: () => `/api/admin/users/${spare.id}/password`, body: () => ({ password: 'another-long-password' }), roles: ADMIN },
  { method: 'get', path: () => '/api/admin/devices', roles: ADMIN },
  { method: 'post', path: () => '/api/admin/devices/some-device/revoke', roles: ADMIN },
  { method: 'get', path: () => `/api/admin/audit/seekers/${someId}`, roles: ADMIN },
  // Logout last: it ends the session it is called with.
  { method: 'post', path: () => '/api/auth/logout', roles: ALL },
];

describe.each(TEST_STORE_KINDS)('endpoint access on $name', (kind) => {
  let store: SqlStore;
  let t: AuthedApp;
  const signedIn = {} as Record<Role, SignedIn>;
  beforeAll(async () => {
    store = (await kind.create()).store;
    t = await createAuthedApp(store);
    for (const role of ALL) signedIn[role] = await loginAs(t.app, role);
    spare = await createTestUser(t.authStore, 'counter');
  });
  afterAll(async () => store.close());

  const send = (agent: ReturnType<typeof request.agent> | ReturnType<typeof request>, e: Endpoint, clientId: string) => {
    const req = agent[e.method](e.path(t)).set(CSRF_HEADERS);
    if (e.query) void req.query(e.query(clientId));
    return e.body ? req.send(e.body(clientId)) : req;
  };

  it.each(ENDPOINTS.map((e) => [`${e.method.toUpperCase()} ${e.path(NAMING)}`, e] as const))(
    '%s answers 401 without a session',
    async (_name, e) => {
      const res = await send(request(t.app), e, 'anonymous-device');
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ status: 'error', reason: 'unauthenticated', details: {} });
      // A made-up cookie is no better than none.
      const forged = await send(request(t.app), e, 'anonymous-device').set('Cookie', `field_session=${'A'.repeat(43)}`);
      expect(forged.status).toBe(401);
    },
  );

  it.each(ENDPOINTS.map((e) => [`${e.method.toUpperCase()} ${e.path(NAMING)}`, e] as const))(
    '%s answers 403 for roles it is not for, and serves the others',
    async (_name, e) => {
      for (const role of ALL) {
        const s = signedIn[role];
        const res = await send(s.agent, e, s.clientId);
        if (e.roles.includes(role)) expect([200, 201, 404], `${role}: ${JSON.stringify(res.body)}`).toContain(res.status);
        else expect([res.status, res.body.reason], role).toEqual([403, 'forbidden']);
      }
    },
  );
});
