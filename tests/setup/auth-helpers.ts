/**
 * Signed-in test clients for the sync server. `createAuthedApp(store)` builds the real app
 * with auth (the same wiring as index.ts, cheaper scrypt), creates one user per role and a controllable
 * clock; `loginAs(app, role)` signs in over HTTP and returns a supertest agent that carries the session
 * cookie and the CSRF headers (Origin + X-Field-Client) on every request. `browserFetch()` is fetch as
 * a browser tab does it (the app's Origin, a cookie jar) for the device's own HTTP transport.
 */
import type { Express } from 'express';
import request from 'supertest';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE, type Role, type SessionResponse } from '../../src/shared/auth-protocol';
import { createApp, type AppDeps } from '../../sync-server/src/app';
import type { ThrottleLimits } from '../../sync-server/src/services/auth-service';
import { hashPassword, type ScryptParams } from '../../sync-server/src/services/password';
import { AuthStore } from '../../sync-server/src/store/auth-store';
import type { SqlStore } from '../../sync-server/src/store/sql-store';

export const TEST_ORIGIN = 'http://field.test';
/** Cheap enough for hundreds of sign-ins; the parameters are stored with each hash, so real ones verify too. */
export const TEST_SCRYPT: ScryptParams = { N: 2 ** 10, r: 8, p: 1 };
export const ROLES_UNDER_TEST: readonly Role[] = ['admin', 'coordinator', 'counter', 'teacher'];

export type TestUser = { id: string; loginId: string; password: string; role: Role; schoolId: string | null };

export class TestClock {
  constructor(public current = new Date('2026-06-01T00:00:00.000Z')) {}
  now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export type AuthedAppOptions = {
  /** The school the test teacher is bound to (default: a fresh id no record uses). */
  teacherSchoolId?: string;
  clock?: TestClock;
  limits?: ThrottleLimits;
  bodyLimit?: string;
  /** true: req.ip comes from X-Forwarded-For, so tests can sign in "from" several addresses. */
  trustProxy?: boolean;
  /** The allowed origins (default [TEST_ORIGIN]); [] is APP_ORIGIN unset: the Origin must match the request. */
  appOrigins?: readonly string[];
  log?: AppDeps['log'];
  accessLog?: AppDeps['accessLog'];
  /** Users already on this database (a second app instance on it, a restored copy): none are created. */
  users?: Record<Role, TestUser>;
};

export type AuthedApp = { app: Express; users: Record<Role, TestUser>; clock: TestClock; authStore: AuthStore };

const registry = new WeakMap<Express, AuthedApp>();

export async function createTestUser(authStore: AuthStore, role: Role, over: Partial<TestUser> = {}): Promise<TestUser> {
  const user: TestUser = { id: crypto.randomUUID(), loginId: `${role}-${crypto.randomUUID().slice(0, 6)}`, password: `${role}-password-1`, role, schoolId: null, ...over };
  const now = new Date().toISOString();
  const passwordHash = await hashPassword(user.password, TEST_SCRYPT);
  await authStore.insertUser({ id: user.id, loginId: user.loginId, displayName: `テスト ${role}`, role, schoolId: user.schoolId, passwordHash, disabled: false, createdAt: now, updatedAt: now });
  return user;
}

export async function createAuthedApp(store: SqlStore, opts: AuthedAppOptions = {}): Promise<AuthedApp> {
  const clock = opts.clock ?? new TestClock();
  const authStore = new AuthStore(store.db);
  const teacherSchoolId = opts.teacherSchoolId ?? crypto.randomUUID();
  let users = opts.users;
  if (!users) {
    users = {} as Record<Role, TestUser>;
    for (const role of ROLES_UNDER_TEST) users[role] = await createTestUser(authStore, role, { loginId: role, schoolId: role === 'teacher' ? teacherSchoolId : null });
  }
  const app = createApp({
    store,
    clock: clock.now,
    bodyLimit: opts.bodyLimit,
    log: opts.log ?? (() => {}),
    accessLog: opts.accessLog,
    trustProxy: opts.trustProxy,
    auth: { db: store.db, cookieSecure: false, appOrigins: opts.appOrigins ?? [TEST_ORIGIN], clock: clock.now, limits: opts.limits, scrypt: TEST_SCRYPT },
  });
  const authed = { app, users, clock, authStore };
  registry.set(app, authed);
  return authed;
}

/** The headers every state-changing request from the real app carries. */
export const CSRF_HEADERS = { Origin: TEST_ORIGIN, [CLIENT_HEADER]: CLIENT_HEADER_VALUE } as const;

export type SignedIn = { agent: InstanceType<typeof request.agent>; clientId: string; session: SessionResponse };

/** Signs in as the app's user for `role` (or `user`); throws unless the sign-in succeeds. */
export async function loginAs(app: Express, role: Role, opts: { clientId?: string; user?: TestUser } = {}): Promise<SignedIn> {
  const authed = registry.get(app);
  if (!authed) throw new Error('loginAs: the app was not made by createAuthedApp');
  const user = opts.user ?? authed.users[role];
  const clientId = opts.clientId ?? `device-${role}-${crypto.randomUUID().slice(0, 8)}`;
  const agent = request.agent(app).set(CSRF_HEADERS);
  const res = await agent.post('/api/auth/login').send({ loginId: user.loginId, password: user.password, clientId });
  if (res.status !== 200) throw new Error(`loginAs(${role}) failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { agent, clientId, session: res.body as SessionResponse };
}

/** fetch as a browser tab would do it: the app's Origin, and a cookie jar for the session cookie. */
export function browserFetch(origin = TEST_ORIGIN): typeof fetch {
  const jar = new Map<string, string>();
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('Origin', origin);
    if (jar.size > 0) headers.set('Cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(input, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      const gone = value === '' || attrs.some((a) => /max-age=0/iu.test(a.trim()) || /expires=thu, 01 jan 1970/iu.test(a.trim()));
      if (gone) jar.delete(name.trim());
      else jar.set(name.trim(), value);
    }
    return response;
  };
}
