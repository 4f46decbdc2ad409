import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PullResponse, PushResponse, SnapshotResponse } from '../../../src/shared/sync-protocol';
import { buildMutation, buildPush, buildSchoolFields, pullQuery } from '../../../tests/factories/sync-factories';
import { createAuthedApp, loginAs, type AuthedApp, type SignedIn } from '../../../tests/setup/auth-helpers';
import { TEST_STORE_KINDS } from '../../../tests/setup/server-stores';
import type { SqlStore } from '../store/sql-store';

describe.each(TEST_STORE_KINDS)('sync API on $name', (kind) => {
  let store: SqlStore;
  let authed: AuthedApp;
  // Signed in as the coordinator (every entity) on the factories' default device, 'device-a'.
  let deviceA: SignedIn;
  beforeEach(async () => {
    store = (await kind.create()).store;
    authed = await createAuthedApp(store);
    deviceA = await loginAs(authed.app, 'coordinator', { clientId: 'device-a' });
  });
  afterEach(async () => store.close());

  const push = (body: unknown, as: SignedIn = deviceA) => as.agent.post('/api/sync/push').send(body as object);
  const pull = async (cursor = '', extra: Record<string, string | number> = {}) =>
    (await deviceA.agent.get('/api/sync/pull').query(pullQuery(cursor, extra)).expect(200)).body as PullResponse;

  it('applies a pushed create and delivers it on the next pull with a new cursor', async () => {
    const m = buildMutation();
    const res = await push(buildPush([m])).expect(200);
    expect((res.body as PushResponse).applied).toEqual([m.mutationId]);
    expect((res.body as PushResponse).records[0]?.record).toMatchObject({ id: m.recordId, version: 1, deleted: false });
    const page = await pull();
    expect(page.changes).toEqual([{ entity: 'schools', record: expect.objectContaining({ id: m.recordId, name: '旭川東高校', version: 1 }) }]);
    expect(page.hasMore).toBe(false);
    expect((await pull(page.cursor)).changes).toEqual([]);
  });

  it('applies a retried batch once and answers it the same way', async () => {
    const m = buildMutation();
    const bad = buildMutation({ patch: { name: '高校' } });
    const first = (await push(buildPush([m, bad])).expect(200)).body as PushResponse;
    const again = (await push(buildPush([m, bad])).expect(200)).body as PushResponse;
    expect(again.applied).toEqual(first.applied);
    expect(again.rejected).toEqual(first.rejected);
    const page = await pull();
    expect(page.changes).toHaveLength(1);
    expect(page.changes[0]?.record.version).toBe(1);
  });

  it('rejects a malformed batch with a reason per mutation and changes nothing', async () => {
    const good = buildMutation();
    const res = await push(buildPush([good, { ...buildMutation(), recordId: 'nope' }])).expect(400);
    expect(res.body).toEqual({ status: 'error', reason: 'invalid-request', details: { 'mutations.1.recordId': 'invalid_id' } });
    expect((await pull()).changes).toEqual([]);
  });

  it('rejects a mutation whose merged record is invalid while the rest of the batch applies', async () => {
    const good = buildMutation();
    const bad = buildMutation({ patch: buildSchoolFields({ town: 'sapporo' }) });
    const body = (await push(buildPush([bad, good])).expect(200)).body as PushResponse;
    expect(body.applied).toEqual([good.mutationId]);
    expect(body.rejected).toEqual([{ mutationId: bad.mutationId, reason: 'validation', details: { town: 'required' } }]);
  });

  it('stores and answers a patch naming 100,000 unknown keys in a few KB, with a count of the rest', async () => {
    const patch: Record<string, unknown> = { ...buildSchoolFields(), [`x${'y'.repeat(5000)}`]: 1 };
    for (let i = 0; i < 100_000; i++) patch[`unknown_field_${i}`] = i;
    const m = buildMutation({ patch });
    const body = (await push(buildPush([m])).expect(200)).body as PushResponse;
    const details = body.rejected[0]?.details ?? {};
    expect(body.rejected[0]?.reason).toBe('unknown-field');
    expect(Object.keys(details)).toHaveLength(51);
    expect(details['…']).toBe('+99951');
    expect(Object.keys(details).every((k) => k.length <= 64)).toBe(true);
    const row = await store.db.selectFrom('applied_mutations').select(['details', 'patch_keys']).where('mutation_id', '=', m.mutationId).executeTakeFirstOrThrow();
    expect((row.details ?? '').length + (row.patch_keys ?? '').length).toBeLessThan(8000);
    const keys = JSON.parse(row.patch_keys ?? '[]') as string[];
    expect(keys).toHaveLength(51);
    expect(keys.at(-1)).toBe(`…+${Object.keys(patch).length - 50}`);
    // A replay answers what was stored: the same capped details.
    expect(((await push(buildPush([m])).expect(200)).body as PushResponse).rejected).toEqual(body.rejected);
    // Builds and sends a 2 MB body twice: ~1 s alone, several on a loaded 2-core machine.
  }, 30_000);

  it('merges edits from two devices per field and records the same-field clash for review', async () => {
    const create = buildMutation();
    await push(buildPush([create])).expect(200);
    const id = create.recordId;
    const a = buildMutation({ recordId: id, baseVersion: 1, patch: { teacherInCharge: '鈴木', name: '旭川北高校' } });
    const b = buildMutation({ recordId: id, baseVersion: 1, patch: { teacherInCharge: '高橋', phone: '0166-22-3344' } });
    await push(buildPush([a], { clientId: 'device-a' })).expect(200);
    const deviceB = await loginAs(authed.app, 'coordinator', { clientId: 'device-b' });
    const resB = (await push(buildPush([b], { clientId: 'device-b', userId: 'user-2' }), deviceB).expect(200)).body as PushResponse;
    expect(resB.records[0]?.record).toMatchObject({ name: '旭川北高校', teacherInCharge: '高橋', phone: '0166-22-3344', version: 3 });
    expect(resB.conflicts).toEqual([
      expect.objectContaining({ recordId: id, field: 'teacherInCharge', winner: 'incoming', serverValue: '高橋', losingValue: '鈴木', clientId: 'device-b', resolved: false }),
    ]);
    const page = await pull();
    expect(page.conflicts.map((c) => c.id)).toEqual([resB.conflicts[0]?.id]);

    const open = await deviceA.agent.get('/api/sync/conflicts').query(pullQuery()).expect(200);
    expect(open.body.conflicts).toHaveLength(1);
    const resolved = await deviceA.agent
      .post(`/api/sync/conflicts/${resB.conflicts[0]?.id}/resolve`)
      .send({ protocolVersion: 1, clientId: 'device-a', userId: 'user-1' })
      .expect(200);
    // The session decides who resolved it, not the body's userId.
    expect(resolved.body.conflict).toMatchObject({ resolved: true, resolvedBy: authed.users.coordinator.id });
    // Other devices learn about the resolution through the stream.
    const next = await pull(page.cursor);
    expect(next.conflicts).toEqual([expect.objectContaining({ id: resB.conflicts[0]?.id, resolved: true })]);
    expect((await deviceA.agent.get('/api/sync/conflicts').query(pullQuery()).expect(200)).body.conflicts).toEqual([]);
  });

  it('sends deletes as tombstones on pull and leaves them out of the snapshot', async () => {
    const keep = buildMutation();
    const gone = buildMutation();
    await push(buildPush([keep, gone])).expect(200);
    await push(buildPush([buildMutation({ recordId: gone.recordId, op: 'delete', patch: {}, baseVersion: 1 })])).expect(200);
    const page = await pull();
    expect(page.changes.find((c) => c.record.id === gone.recordId)?.record).toMatchObject({ deleted: true, version: 2 });
    const snap = (await deviceA.agent.get('/api/sync/snapshot').query(pullQuery()).expect(200)).body as SnapshotResponse;
    expect(snap.changes.map((c) => c.record.id)).toEqual([keep.recordId]);
    expect(snap).toMatchObject({ total: 1, hasMore: false, cursor: page.cursor });
  });

  it('pages through changes in server order without losing or repeating any', async () => {
    const ms = Array.from({ length: 7 }, () => buildMutation());
    await push(buildPush(ms)).expect(200);
    const seen: string[] = [];
    let cursor = '';
    let requests = 0;
    for (;;) {
      const page = await pull(cursor, { limit: 3 });
      requests++;
      seen.push(...page.changes.map((c) => c.record.id));
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(seen).toEqual(ms.map((m) => m.recordId));
    expect(requests).toBe(3);
  });

  it('compresses large pages with gzip', async () => {
    await push(buildPush(Array.from({ length: 50 }, () => buildMutation()))).expect(200);
    const res = await deviceA.agent.get('/api/sync/pull').query(pullQuery()).set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it.each([
    ['an old protocol with 426', { protocolVersion: 0 }, 426, 'protocol-too-old'],
    ['a newer protocol with 400', { protocolVersion: 99 }, 400, 'protocol-too-new'],
  ])('answers %s', async (_label, over, status, reason) => {
    const res = await push({ ...buildPush([buildMutation()]), ...over }).expect(status);
    expect(res.body).toMatchObject({ status: 'error', reason });
    await deviceA.agent.get('/api/sync/pull').query({ ...pullQuery(), ...over }).expect(status);
  });

  it.each([
    ['from another database', 'otherdb:1'],
    ['beyond anything committed', null],
  ])('asks for a reset when the cursor is %s', async (_label, cursor) => {
    const epoch = await store.epoch();
    const res = await deviceA.agent.get('/api/sync/pull').query(pullQuery(cursor ?? `${epoch}:999`)).expect(409);
    expect(res.body).toEqual({ status: 'error', reason: 'reset-required', details: {} });
  });

  it('refuses a body over the limit with 413', async () => {
    const small = await createAuthedApp(store, { bodyLimit: '1kb', users: authed.users });
    const { agent } = await loginAs(small.app, 'coordinator', { clientId: 'device-a' });
    const res = await agent.post('/api/sync/push').send(buildPush(Array.from({ length: 20 }, () => buildMutation()))).expect(413);
    expect(res.body.reason).toBe('payload-too-large');
  });

  it('answers unknown routes and bad JSON with the error envelope', async () => {
    expect((await deviceA.agent.get('/api/nope').expect(404)).body).toEqual({ status: 'error', reason: 'not-found', details: {} });
    const bad = await deviceA.agent.post('/api/sync/push').set('Content-Type', 'application/json').send('{"x":').expect(400);
    expect(bad.body.reason).toBe('invalid-json');
    await deviceA.agent.post(`/api/sync/conflicts/${crypto.randomUUID()}/resolve`).send({ protocolVersion: 1, clientId: 'device-a', userId: 'u' }).expect(404);
  });
});
