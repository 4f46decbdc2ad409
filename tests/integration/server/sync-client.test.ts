/**
 * The device's sync modules (push, pull, initial sync, the engine's run) against the real server:
 * two or more fake-indexeddb devices, one in-process server, and network cuts simulated at the
 * transport (the only fake: the network).
 */
// First: Dexie looks for indexedDB when it loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getRecord, saveRecord } from '../../../src/storage/record-repo';
import { readSyncState } from '../../../src/storage/sync-repo';
import { runInitialSync } from '../../../src/sync/initial-sync';
import { pullChanges } from '../../../src/sync/pull';
import { pushOutbox } from '../../../src/sync/push';
import { syncOnce } from '../../../src/sync/sync-engine';
import { seedIfEmpty } from '../../../sync-server/src/services/seed-service';
import { buildSchool } from '../../factories';
import { buildMutation, buildSchoolFields } from '../../factories/sync-factories';
import { cutAfter, startHarness, type Harness } from './sync-client-harness';

type SchoolFields = Parameters<typeof saveRecord<'schools'>>[2];
const school = (overrides: Record<string, unknown> = {}) => buildSchoolFields(overrides) as SchoolFields;

describe('device sync against the real server', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => h.close());

  it('delivers a write from one device to another: write → push → pull', async () => {
    const a = await h.device('a');
    const b = await h.device('b');
    await syncOnce(b.db, b.transport);
    const created = await saveRecord(a.db, 'schools', school({ name: '旭川西高校' }));
    await syncOnce(a.db, a.transport);
    expect(await a.db.outbox.count()).toBe(0);
    expect((await getRecord(a.db, 'schools', created.id))?.version).toBe(1);

    await syncOnce(b.db, b.transport);
    expect(await getRecord(b.db, 'schools', created.id)).toMatchObject({ name: '旭川西高校', version: 1 });
  });

  it('takes the server\'s creation time for a record made on a device whose clock runs a day ahead', async () => {
    const a = await h.device('a');
    const serverNow = '2026-06-01T00:00:00.000Z'; // createAuthedApp's TestClock
    const created = await saveRecord(a.db, 'schools', school(), undefined, new Date('2026-06-02T00:00:00.000Z'));
    expect(created.createdAt).toBe('2026-06-02T00:00:00.000Z');
    await syncOnce(a.db, a.transport);
    expect(await getRecord(a.db, 'schools', created.id)).toMatchObject({ version: 1, createdAt: serverNow, updatedAt: serverNow });
    // The device's own clock is kept in the audit trail.
    const audit = await h.store.db.selectFrom('applied_mutations').select(['client_time', 'created_at']).where('record_id', '=', created.id).executeTakeFirstOrThrow();
    expect(audit).toEqual({ client_time: '2026-06-02T00:00:00.000Z', created_at: serverNow });
  });

  it('applies a push once when its answer was lost and the batch is sent again', async () => {
    const a = await h.device('a');
    await syncOnce(a.db, a.transport);
    const created = await saveRecord(a.db, 'schools', school());
    await expect(pushOutbox(a.db, cutAfter(a.transport, 'push', 0, true))).rejects.toMatchObject({ code: 'network' });
    expect(await a.db.outbox.count()).toBe(1);

    expect(await pushOutbox(a.db, a.transport)).toEqual({ applied: 1, rejected: 0 });
    expect(await a.db.outbox.count()).toBe(0);
    const b = await h.device('b');
    await syncOnce(b.db, b.transport);
    expect(await b.db.schools.toArray()).toEqual([expect.objectContaining({ id: created.id, version: 1 })]);
  });

  it('sets a rejected mutation aside with its reason while the rest of the queue is applied', async () => {
    const a = await h.device('a');
    const good1 = buildMutation();
    const bad = buildMutation({ patch: buildSchoolFields({ town: 'sapporo' }) });
    const good2 = buildMutation();
    // An old app version could have queued what today's schema refuses.
    await a.db.outbox.bulkAdd([good1, bad, good2]);

    expect(await pushOutbox(a.db, a.transport, { batchSize: 2 })).toEqual({ applied: 2, rejected: 1 });
    expect(await a.db.outbox.count()).toBe(0);
    expect(await a.db.needsAttention.toArray()).toEqual([
      expect.objectContaining({ mutationId: bad.mutationId, reason: 'validation', details: { town: 'required' }, mutation: expect.objectContaining({ recordId: bad.recordId }) }),
    ]);
  });

  it('sets aside a mutation the server refuses as malformed and sends the rest of the batch', async () => {
    const a = await h.device('a');
    const good = buildMutation();
    const malformed = { ...buildMutation(), clientTime: 'yesterday' };
    await a.db.outbox.bulkAdd([malformed, good]);

    expect(await pushOutbox(a.db, a.transport)).toEqual({ applied: 1, rejected: 1 });
    expect(await a.db.needsAttention.get(malformed.mutationId)).toMatchObject({ reason: 'validation', details: { clientTime: 'invalid_datetime' } });
  });

  it('never lets a pulled change overwrite a field with a pending local edit', async () => {
    const a = await h.device('a');
    const b = await h.device('b');
    const created = await saveRecord(a.db, 'schools', school());
    await syncOnce(a.db, a.transport);
    await syncOnce(b.db, b.transport);

    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, deleted: _d, ...fields } = (await getRecord(b.db, 'schools', created.id))!;
    await saveRecord(b.db, 'schools', { ...fields, teacherInCharge: '高橋' }, created.id);
    const onA = (await getRecord(a.db, 'schools', created.id))!;
    await saveRecord(a.db, 'schools', { ...fields, name: '旭川北高校', teacherInCharge: onA.teacherInCharge }, created.id);
    await syncOnce(a.db, a.transport);

    await pullChanges(b.db, b.transport);
    expect(await getRecord(b.db, 'schools', created.id)).toMatchObject({ name: '旭川北高校', teacherInCharge: '高橋', version: 2 });
    expect(await b.db.outbox.count()).toBe(1);

    await syncOnce(b.db, b.transport);
    await syncOnce(a.db, a.transport);
    for (const device of [a, b]) {
      expect(await getRecord(device.db, 'schools', created.id)).toMatchObject({ name: '旭川北高校', teacherInCharge: '高橋', version: 3 });
    }
  });

  it('records a same-field clash on both devices as a conflict to review', async () => {
    const a = await h.device('a');
    const b = await h.device('b');
    const created = await saveRecord(a.db, 'schools', school());
    await syncOnce(a.db, a.transport);
    await syncOnce(b.db, b.transport);
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, deleted: _d, ...fields } = created;
    await saveRecord(a.db, 'schools', { ...fields, teacherInCharge: '鈴木' }, created.id);
    await saveRecord(b.db, 'schools', { ...fields, teacherInCharge: '高橋' }, created.id);
    await syncOnce(a.db, a.transport);
    await syncOnce(b.db, b.transport);
    await syncOnce(a.db, a.transport);

    for (const device of [a, b]) {
      expect(await getRecord(device.db, 'schools', created.id)).toMatchObject({ teacherInCharge: '高橋' });
      expect(await device.db.conflicts.toArray()).toEqual([expect.objectContaining({ field: 'teacherInCharge', serverValue: '高橋', losingValue: '鈴木' })]);
    }
  });

  it('resumes an initial sync cut half-way from the last page stored, without duplicates', async () => {
    const schools = Array.from({ length: 120 }, () => buildSchool());
    await seedIfEmpty(h.store, { schools }, '2025-04-01T09:00:00.000Z');
    const a = await h.device('a');
    const progress: [number, number][] = [];

    await expect(runInitialSync(a.db, cutAfter(a.transport, 'snapshot', 2), (d, t) => progress.push([d, t]), 25)).rejects.toMatchObject({ code: 'network' });
    expect(await a.db.schools.count()).toBe(50);
    expect(await readSyncState(a.db)).toMatchObject({ mode: 'snapshot', done: 50, total: 120 });

    expect(await runInitialSync(a.db, a.transport, (d, t) => progress.push([d, t]), 25)).toEqual({ records: 70, requests: 3 });
    expect(await a.db.schools.count()).toBe(120);
    expect(progress.at(-1)).toEqual([120, 120]);
    expect(await readSyncState(a.db)).toMatchObject({ mode: 'pull' });
    expect(await pullChanges(a.db, a.transport)).toEqual({ changes: 0, requests: 1 });
  });

  it('on reset-required pushes the outbox first, then re-snapshots from the new database', async () => {
    const a = await h.device('a');
    await saveRecord(a.db, 'schools', school({ name: '旧サーバーの高校' }));
    await syncOnce(a.db, a.transport);

    const fresh = await h.replaceDatabase();
    await seedIfEmpty(fresh, { schools: [buildSchool({ name: '新サーバーの高校' })] }, '2025-04-01T09:00:00.000Z');
    const offline = await saveRecord(a.db, 'schools', school({ name: 'オフラインで登録した高校' }));

    await syncOnce(a.db, a.transport);
    expect(await a.db.outbox.count()).toBe(0);
    const names = (await a.db.schools.toArray()).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['新サーバーの高校', 'オフラインで登録した高校']));
    expect(await getRecord(a.db, 'schools', offline.id)).toMatchObject({ version: 1 });
    expect(await readSyncState(a.db)).toMatchObject({ mode: 'pull' });
  });
});
