/**
 * Without APP_ORIGIN the CSRF guard (sync-server/src/http/request-guards.ts) takes the request's own
 * origin as the app's: the Origin header must match the Host header AND the scheme Express sees
 * (X-Forwarded-Proto only when the proxy is trusted). http://host must not pass for an https server,
 * nor https://host for an http one.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE } from '../../../src/shared/auth-protocol';
import type { SqlStore } from '../../../sync-server/src/store/sql-store';
import { createAuthedApp, type AuthedApp } from '../../setup/auth-helpers';
import { TEST_STORE_KINDS } from '../../setup/server-stores';

const HOST = 'field.example.jp';

describe.each(TEST_STORE_KINDS)('Origin check without APP_ORIGIN on $name', (kind) => {
  let store: SqlStore;
  let direct: AuthedApp;
  let proxied: AuthedApp;
  beforeAll(async () => {
    store = (await kind.create()).store;
    direct = await createAuthedApp(store, { appOrigins: [] });
    proxied = await createAuthedApp(store, { appOrigins: [], trustProxy: true, users: direct.users });
  });
  afterAll(async () => store.close());

  /** A sign-in with the right password: 200 when the origin passes, 403 csrf when it does not. */
  async function signIn(t: AuthedApp, origin: string, headers: Record<string, string> = {}): Promise<number | string> {
    const res = await request(t.app)
      .post('/api/auth/login')
      .set({ Host: HOST, Origin: origin, [CLIENT_HEADER]: CLIENT_HEADER_VALUE, ...headers })
      .send({ loginId: direct.users.counter.loginId, password: direct.users.counter.password, clientId: 'origin-device' });
    return res.status === 403 ? (res.body as { reason: string }).reason : res.status;
  }

  it('lets the request’s own scheme and host through on a plain-http server', async () => {
    expect(await signIn(direct, `http://${HOST}`)).toBe(200);
    expect(await signIn(direct, `https://${HOST}`)).toBe('csrf');
    expect(await signIn(direct, `http://${HOST}:8443`)).toBe('csrf');
  });

  it('takes the scheme from X-Forwarded-Proto only behind a trusted proxy', async () => {
    const viaTls = { 'X-Forwarded-Proto': 'https' };
    expect(await signIn(proxied, `https://${HOST}`, viaTls)).toBe(200);
    expect(await signIn(proxied, `http://${HOST}`, viaTls)).toBe('csrf');
    expect(await signIn(proxied, `https://${HOST}`)).toBe('csrf'); // the proxy said nothing: plain http
    // Not trusted: a client's own X-Forwarded-Proto changes nothing.
    expect(await signIn(direct, `https://${HOST}`, viaTls)).toBe('csrf');
    expect(await signIn(direct, `http://${HOST}`, viaTls)).toBe(200);
  });
});
