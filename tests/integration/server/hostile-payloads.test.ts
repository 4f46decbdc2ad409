/**
 * Over a thousand generated malformed and hostile requests against push, pull, snapshot, conflicts,
 * conflict resolution and sign-in: each must get a 4xx with the error envelope (never a
 * 5xx), every table must be byte-for-byte what it was, and the server must keep serving.
 * Cases come from hostile-generators.ts with a fixed seed; a failure names its case for replay.
 */
import type { Server } from 'node:http';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../../src/shared/demo-data';
import { errorEnvelopeSchema, type PullResponse, type PushResponse } from '../../../src/shared/sync-protocol';
import { seedIfEmpty } from '../../../sync-server/src/services/seed-service';
import type { SqlStore } from '../../../sync-server/src/store/sql-store';
import { buildMutation, buildPush, pullQuery } from '../../factories/sync-factories';
import { createAuthedApp, CSRF_HEADERS, loginAs, type AuthedApp, type SignedIn } from '../../setup/auth-helpers';
import { TEST_STORE_KINDS } from '../../setup/server-stores';
import { generateHostileCases, type HostileCase } from './hostile-generators';

const SEED = 20260601;
const COUNT = 1200;
const TABLES = ['records', 'applied_mutations', 'clients', 'conflicts', 'sync_counter', 'sync_meta', 'users', 'sessions', 'login_throttle', 'scope_exits'] as const;

/** Every table as sorted JSON lines: compared whole, reported per table (a diff of all rows is unreadable). */
async function dumpAll(store: SqlStore): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of TABLES) {
    const rows = await store.db.selectFrom(table).selectAll().execute();
    out[table] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

function changedRows(before: Record<string, string[]>, after: Record<string, string[]>): string[] {
  return TABLES.flatMap((table) => {
    const was = new Set(before[table]);
    const now = new Set(after[table]);
    return [...(after[table] ?? []).filter((r) => !was.has(r)).map((r) => `+ ${table} ${r}`), ...(before[table] ?? []).filter((r) => !now.has(r)).map((r) => `- ${table} ${r}`)];
  });
}

describe.each(TEST_STORE_KINDS)('hostile payloads on $name', (kind) => {
  let store: SqlStore;
  let t: AuthedApp;
  let server: Server;
  let s: SignedIn;
  let cookie: string;
  beforeAll(async () => {
    store = (await kind.create()).store;
    await seedIfEmpty(store, generateDemoData({ seed: 5, seekers: 10, companies: 6, schools: 2, studentsPerSchool: 4, trialPlacements: 4 }), '2026-06-01T00:00:00.000Z');
    t = await createAuthedApp(store, { bodyLimit: '1mb' });
    server = t.app.listen(0, '127.0.0.1');
    s = await loginAs(t.app, 'coordinator', { clientId: 'hostile-device' });
    cookie = (await s.agent.jar.getCookie('field_session', { domain: '127.0.0.1', path: '/api', secure: false, script: false }))?.toValueString() ?? '';
  });
  afterAll(async () => {
    server.close();
    await store.close();
  });

  function send(c: HostileCase) {
    let req = request(server)[c.method](c.path);
    if (!c.noCsrf) req = req.set(CSRF_HEADERS);
    if (!c.noCookie) req = req.set('Cookie', cookie);
    if (c.query) req = req.query(c.query);
    if (c.body === undefined) return req;
    if (c.contentType) req = req.set('Content-Type', c.contentType);
    return req.send(c.body);
  }

  it(`answers ${COUNT}+ hostile requests with a 4xx envelope and changes nothing`, async () => {
    expect(cookie).toMatch(/^field_session=/u);
    const cases = generateHostileCases(SEED, COUNT, s.clientId);
    expect(cases.length).toBeGreaterThanOrEqual(1000);
    const before = await dumpAll(store);
    const failures: string[] = [];
    const reasons: Record<string, number> = {};
    for (const c of cases) {
      const res = await send(c);
      const envelope = errorEnvelopeSchema.safeParse(res.body);
      if (res.status < 400 || res.status >= 500 || !envelope.success) failures.push(`${c.label}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      else reasons[`${res.status} ${envelope.data.reason}`] = (reasons[`${res.status} ${envelope.data.reason}`] ?? 0) + 1;
    }
    expect(failures).toEqual([]);
    const after = await dumpAll(store);
    expect(changedRows(before, after).map((r) => r.slice(0, 300))).toEqual([]);
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    // Every layer of defence was exercised, not just one.
    expect(Object.keys(reasons)).toEqual(expect.arrayContaining(['400 invalid-request', '400 invalid-json', '413 payload-too-large', '415 unsupported-media-type', '403 csrf', '401 unauthenticated', '403 forbidden']));
    console.info(`hostile payloads on ${kind.name}: ${cases.length} cases →`, JSON.stringify(reasons));
  }, 180_000);

  it('keeps serving valid requests afterwards', async () => {
    const m = buildMutation();
    const pushed = (await s.agent.post('/api/sync/push').send(buildPush([m], { clientId: s.clientId })).expect(200)).body as PushResponse;
    expect(pushed.applied).toEqual([m.mutationId]);
    const page = (await s.agent.get('/api/sync/pull').query({ ...pullQuery(), clientId: s.clientId, limit: 5000 }).expect(200)).body as PullResponse;
    expect(page.changes.map((c) => c.record.id)).toContain(m.recordId);
  });
});
