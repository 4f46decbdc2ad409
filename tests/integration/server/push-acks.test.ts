/**
 * Slim push answers (sync-protocol.ts header, `slimAcks`), on both databases through the service, and
 * end to end with two devices: a record that is exactly the device's own edit comes back as an ack
 * (meta only); anything else, above all a replayed batch whose first answer was lost, comes back in
 * full, so the device can never keep a stale copy.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mutation } from '../../../src/shared/mutation';
import type { PushRequest } from '../../../src/shared/sync-protocol';
import { getRecord, saveRecord } from '../../../src/storage/record-repo';
import { withoutSearchFields } from '../../../src/storage/search-fields';
import { pushOutbox } from '../../../src/sync/push';
import { syncOnce } from '../../../src/sync/sync-engine';
import { unrestrictedAccess } from '../../../sync-server/src/services/access-policy';
import { createSyncService, type SyncService } from '../../../sync-server/src/services/sync-service';

/** Service-level pushes here run as the tools' unrestricted access: the tests are about acks, not scope. */
const ACCESS = unrestrictedAccess('user-1');
import type { SqlStore } from '../../../sync-server/src/store/sql-store';
import { buildMutation, buildPush, buildSchoolFields, CLIENT_TIME } from '../../factories/sync-factories';
import { TEST_STORE_KINDS } from '../../setup/server-stores';
import { cutAfter, startHarness, type Harness } from './sync-client-harness';

describe.each(TEST_STORE_KINDS)('slim push answers on $name', (kind) => {
  let store: SqlStore;
  let service: SyncService;
  beforeEach(async () => {
    store = (await kind.create()).store;
    service = createSyncService({ store, clock: () => new Date('2026-06-01T00:00:00.000Z') });
  });
  afterEach(async () => store.close());

  const slim = (ms: Mutation[], over: Partial<PushRequest> = {}) => service.push({ ...buildPush(ms, over), slimAcks: true }, ACCESS);
  const edit = (id: string, baseVersion: number, patch: Record<string, unknown>) => buildMutation({ recordId: id, baseVersion, patch });

  it('acks creates and edits that are exactly the device’s own, with the server’s meta only', async () => {
    const create = buildMutation();
    const created = await slim([create]);
    expect(created.records).toEqual([]);
    expect(created.acks).toEqual([{ entity: 'schools', id: create.recordId, version: 1, createdAt: CLIENT_TIME, updatedAt: '2026-06-01T00:00:00.000Z' }]);
    // Two edits of one record in one batch, both based on the version the device had.
    const twice = await slim([edit(create.recordId, 1, { name: '旭川北高校' }), edit(create.recordId, 1, { teacherInCharge: '高橋' })]);
    expect(twice.records).toEqual([]);
    expect(twice.acks).toEqual([expect.objectContaining({ id: create.recordId, version: 3 })]);
  });

  it('answers in full when someone else changed the record, the schema normalised a value, or a clash was recorded', async () => {
    const [a, b, c] = [buildMutation(), buildMutation(), buildMutation()];
    await slim([a, b, c]);
    await slim([edit(a.recordId, 1, { teacherInCharge: '高橋' })], { clientId: 'device-b' });
    await slim([edit(c.recordId, 1, { name: '旭川西高校' })], { clientId: 'device-b' });
    const answer = await slim([
      edit(a.recordId, 1, { name: '旭川北高校' }), // based on v1, the server is at v2 (device-b's edit)
      edit(b.recordId, 1, { nameKana: 'あさひかわきた' }), // stored as katakana
      edit(c.recordId, 1, { name: '旭川南高校' }), // same field as device-b: a conflict
    ]);
    expect(answer.acks).toEqual([]);
    expect(answer.conflicts).toHaveLength(1);
    expect(answer.records.map((r) => r.record)).toEqual([
      expect.objectContaining({ id: a.recordId, name: '旭川北高校', teacherInCharge: '高橋', version: 3 }),
      expect.objectContaining({ id: b.recordId, nameKana: 'アサヒカワキタ', version: 2 }),
      expect.objectContaining({ id: c.recordId, name: '旭川南高校', version: 3 }),
    ]);
  });

  it('answers a replayed batch in full, and an older app without the flag as before', async () => {
    const m = buildMutation();
    expect((await slim([m])).acks).toHaveLength(1);
    const replay = await slim([m]);
    expect(replay.acks).toEqual([]);
    expect(replay.records).toEqual([expect.objectContaining({ record: expect.objectContaining({ id: m.recordId, version: 1 }) })]);
    const old = await service.push(buildPush([edit(m.recordId, 1, { name: '旭川北高校' })]), ACCESS);
    expect(old).not.toHaveProperty('acks');
    expect(old.records).toEqual([expect.objectContaining({ record: expect.objectContaining({ name: '旭川北高校', version: 2 }) })]);
  });
});

describe('slim push answers on the device', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => h.close());
  type Fields = Parameters<typeof saveRecord<'schools'>>[2];
  const fields = (over: Record<string, unknown> = {}) => buildSchoolFields(over) as Fields;

  it('moves the acked version onto the local copy and keeps its values and search fields', async () => {
    const a = await h.device('a');
    const created = await saveRecord(a.db, 'schools', fields());
    await saveRecord(a.db, 'schools', fields({ name: '旭川北高校' }), created.id);
    expect(await pushOutbox(a.db, a.transport)).toEqual({ applied: 2, rejected: 0 });
    const server = await h.store.db.selectFrom('records').select('data').where('id', '=', created.id).executeTakeFirstOrThrow();
    const stored = (await a.db.schools.get(created.id))!;
    expect(withoutSearchFields(stored)).toEqual(JSON.parse(server.data));
    expect(stored).toMatchObject({ version: 2, name: '旭川北高校', _text: expect.stringContaining('旭川北高校') as unknown });
  });

  it('never leaves a stale copy when the answer was lost and another device wrote before the retry', async () => {
    const a = await h.device('a');
    const b = await h.device('b');
    const created = await saveRecord(a.db, 'schools', fields());
    await syncOnce(a.db, a.transport);
    await syncOnce(b.db, b.transport);
    await saveRecord(a.db, 'schools', fields({ name: '旭川北高校' }), created.id);
    await expect(pushOutbox(a.db, cutAfter(a.transport, 'push', 0, true))).rejects.toMatchObject({ code: 'network' });
    await saveRecord(b.db, 'schools', fields({ teacherInCharge: '高橋' }), created.id);
    await pushOutbox(b.db, b.transport);

    expect(await pushOutbox(a.db, a.transport)).toEqual({ applied: 1, rejected: 0 });
    expect(await getRecord(a.db, 'schools', created.id)).toMatchObject({ name: '旭川北高校', teacherInCharge: '高橋', version: 3 });
  });
});
