/**
 * Requests the body parser or the router cannot read (a Content-Encoding that does not decompress or
 * is unknown, a malformed %-escape in a path parameter) get a 4xx in the one error envelope
 * (sync-server/src/http/errors.ts), never a 500: on sign-in without a session and on signed-in routes.
 */
import zlib from 'node:zlib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorEnvelopeSchema } from '../../../src/shared/sync-protocol';
import type { SqlStore } from '../../../sync-server/src/store/sql-store';
import { buildMutation, buildPush } from '../../factories/sync-factories';
import { createAuthedApp, CSRF_HEADERS, loginAs, type AuthedApp, type SignedIn } from '../../setup/auth-helpers';
import { TEST_STORE_KINDS } from '../../setup/server-stores';

const JSON_TEXT = '{"loginId":"x","password":"y","clientId":"z"}';
/** Bytes that claim an encoding and are not it; a gzip stream cut short; a stream with a bad checksum. */
const NOT_DECOMPRESSIBLE: [string, Buffer][] = [
  ['gzip', Buffer.from('this is not gzip at all')],
  ['gzip', zlib.gzipSync(JSON_TEXT).subarray(0, 20)],
  ['deflate', Buffer.from([0x78, 0x9c, 0xff, 0xff, 0x00, 0x01, 0x02])],
  ['br', Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff])],
];

const asIs = (body: unknown) => body as string;

describe.each(TEST_STORE_KINDS)('malformed requests on $name', (kind) => {
  let store: SqlStore;
  let t: AuthedApp;
  let s: SignedIn;
  let admin: SignedIn;
  const logged: string[] = [];
  beforeAll(async () => {
    store = (await kind.create()).store;
    t = await createAuthedApp(store, { log: (message) => logged.push(message) });
    s = await loginAs(t.app, 'coordinator');
    admin = await loginAs(t.app, 'admin');
  });
  afterAll(async () => store.close());

  // serialize: superagent would send a Buffer as the JSON text of its bytes; these bodies go as they are.
  const login = () => request(t.app).post('/api/auth/login').set(CSRF_HEADERS).set('Content-Type', 'application/json').serialize(asIs);
  const push = () => s.agent.post('/api/sync/push').set('Content-Type', 'application/json').serialize(asIs);

  function expectEnvelope(res: request.Response, status: number, reason: string, why: string): void {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(errorEnvelopeSchema.parse(res.body)).toEqual({ status: 'error', reason, details: { _: why } });
  }

  it.each(NOT_DECOMPRESSIBLE)('answers 400 to a %s body that does not decompress', async (encoding, bytes) => {
    expectEnvelope(await login().set('Content-Encoding', encoding).send(bytes), 400, 'invalid-request', 'unreadable_body');
    expectEnvelope(await push().set('Content-Encoding', encoding).send(bytes), 400, 'invalid-request', 'unreadable_body');
    expect(logged).toEqual([]);
  });

  it.each(['x-unknown', 'compress', 'gzip, br'])('answers 415 to Content-Encoding %s', async (encoding) => {
    expectEnvelope(await login().set('Content-Encoding', encoding).send(Buffer.from(JSON_TEXT)), 415, 'unsupported-media-type', 'encoding.unsupported');
    expectEnvelope(await push().set('Content-Encoding', encoding).send(Buffer.from(JSON_TEXT)), 415, 'unsupported-media-type', 'encoding.unsupported');
    expect(logged).toEqual([]);
  });

  it('still reads a body that does decompress', async () => {
    const body = JSON.stringify({ loginId: t.users.counter.loginId, password: t.users.counter.password, clientId: 'gzip-device' });
    const signedIn = await login().set('Content-Encoding', 'gzip').send(zlib.gzipSync(body));
    expect(signedIn.status, JSON.stringify(signedIn.body)).toBe(200);
    const m = buildMutation();
    const pushed = await push().set('Content-Encoding', 'br').send(zlib.brotliCompressSync(JSON.stringify(buildPush([m], { clientId: s.clientId })))).expect(200);
    expect(pushed.body.applied).toEqual([m.mutationId]);
  });

  it.each(['%', '%E0%A4%A', '%zz', 'a%2'])('answers 400 to the malformed path parameter %s', async (param) => {
    expectEnvelope(await s.agent.post(`/api/sync/conflicts/${param}/resolve`).send({ clientId: s.clientId }), 400, 'invalid-request', 'malformed_path');
    expectEnvelope(await admin.agent.patch(`/api/admin/users/${param}`).send({ disabled: true }), 400, 'invalid-request', 'malformed_path');
    expectEnvelope(await admin.agent.post(`/api/admin/devices/${param}/revoke`), 400, 'invalid-request', 'malformed_path');
    // Without a session the route is never reached: 401, and sign-in paths with an escape are just unknown.
    const anonymous = await request(t.app).post(`/api/sync/conflicts/${param}/resolve`).set(CSRF_HEADERS).send({});
    expect(anonymous.status).toBe(401);
    expect((await request(t.app).post(`/api/auth/login/${param}`).set(CSRF_HEADERS).send({})).status).toBe(404);
    expect(logged).toEqual([]);
  });
});
