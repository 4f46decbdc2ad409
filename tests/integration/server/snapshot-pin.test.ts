/**
 * A multi-page initial snapshot while others keep writing (the pin: services/pull-service.ts), on both
 * databases, signed in: records of pages the new device already has are deleted and edited, a conflict
 * it already has is resolved, records are created, all between its snapshot pages. After the snapshot
 * and the pulls that follow it, the device must hold exactly the server's live records and open
 * conflicts. (The snapshot used to skip tombstones and resolved conflicts and then jump its cursor to
 * the newest change, so a record deleted mid-snapshot stayed on the new device for good.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mutation } from '../../../src/shared/mutation';
import type { ConflictRecord, PullResponse, PushResponse, SnapshotResponse } from '../../../src/shared/sync-protocol';
import type { SqlStore } from '../../../sync-server/src/store/sql-store';
import { buildMutation, buildPush, buildSchoolFields, pullQuery } from '../../factories/sync-factories';
import { createAuthedApp, loginAs, type AuthedApp, type SignedIn } from '../../setup/auth-helpers';
import { TEST_STORE_KINDS } from '../../setup/server-stores';

/** What a device keeps: live records by id (tombstones remove), open conflicts by id (resolved remove). */
class DeviceModel {
  readonly records = new Map<string, Record<string, unknown>>();
  readonly conflicts = new Map<string, ConflictRecord>();
  apply(page: PullResponse): void {
    for (const { record } of page.changes) {
      if (record.deleted) this.records.delete(record.id);
      else this.records.set(record.id, record);
    }
    for (const c of page.conflicts) {
      if (c.resolved) this.conflicts.delete(c.id);
      else this.conflicts.set(c.id, c);
    }
  }
}

describe.each(TEST_STORE_KINDS)('initial snapshot while others write, on $name', (kind) => {
  let store: SqlStore;
  let t: AuthedApp;
  let writer: SignedIn;
  let other: SignedIn;
  let device: SignedIn;
  beforeEach(async () => {
    store = (await kind.create()).store;
    t = await createAuthedApp(store);
    writer = await loginAs(t.app, 'coordinator');
    other = await loginAs(t.app, 'coordinator');
    device = await loginAs(t.app, 'coordinator');
  });
  afterEach(async () => store.close());

  const push = async (s: SignedIn, ms: Mutation[]) => (await s.agent.post('/api/sync/push').send(buildPush(ms, { clientId: s.clientId })).expect(200)).body as PushResponse;
  const get = async <T>(s: SignedIn, path: 'snapshot' | 'pull', cursor: string, limit: number) =>
    (await s.agent.get(`/api/sync/${path}`).query(pullQuery(cursor, { clientId: s.clientId, limit })).expect(200)).body as T;
  const edit = (id: string, version: number, name: string): Mutation => buildMutation({ recordId: id, baseVersion: version, patch: { name } });
  const remove = (id: string, version: number): Mutation => buildMutation({ recordId: id, baseVersion: version, op: 'delete', patch: {} });

  async function serverState(): Promise<{ records: Map<string, Record<string, unknown>>; conflicts: Set<string> }> {
    const rows = await store.db.selectFrom('records').select(['id', 'data']).where('deleted', '=', 0).execute();
    const open = await store.db.selectFrom('conflicts').select('id').where('resolved', '=', 0).execute();
    return { records: new Map(rows.map((r) => [r.id, JSON.parse(r.data) as Record<string, unknown>])), conflicts: new Set(open.map((c) => c.id)) };
  }

  it('ends with exactly the server state when delivered records are deleted, edited and resolved mid-snapshot', async () => {
    const created = Array.from({ length: 20 }, (_, i) => buildMutation({ patch: buildSchoolFields({ name: `旭川第${i + 1}高校` }) }));
    const ids = created.map((m) => m.recordId);
    // A same-field clash on the first record, early in the stream: an open conflict on the first page.
    await push(writer, created.slice(0, 1));
    await push(writer, [edit(ids[0]!, 1, '旭川北高校')]);
    const clash = await push(other, [edit(ids[0]!, 1, '旭川南高校')]);
    expect(clash.conflicts).toHaveLength(1);
    await push(writer, created.slice(1));

    const model = new DeviceModel();
    const first = await get<SnapshotResponse>(device, 'snapshot', '', 5);
    model.apply(first);
    expect(first.hasMore).toBe(true);
    expect(first.total).toBe(20);
    expect(model.conflicts.has(clash.conflicts[0]!.id)).toBe(true);
    const delivered = first.changes.map((c) => c.record);

    // Between pages: delete two delivered records, edit one, resolve the delivered conflict, add one,
    // and delete one the snapshot has not reached yet.
    const [a, b, c] = delivered.filter((r) => r.id !== ids[0]);
    await push(writer, [remove(a!.id, a!.version), remove(b!.id, b!.version), edit(c!.id, c!.version, '旭川中央高校'), buildMutation(), remove(ids[19]!, 1)]);
    await writer.agent.post(`/api/sync/conflicts/${clash.conflicts[0]!.id}/resolve`).send({ ...buildPush([], { clientId: writer.clientId }) }).expect(200);

    let cursor = first.cursor;
    let pages = 1;
    const totals: number[] = [];
    for (let page: SnapshotResponse = first; page.hasMore; pages++) {
      page = await get<SnapshotResponse>(device, 'snapshot', cursor, 5);
      model.apply(page);
      totals.push(page.total);
      cursor = page.cursor;
      // More writes while the snapshot is still under way: the last page must not jump past them.
      if (pages === 1) await push(writer, [remove(page.changes[0]!.record.id, page.changes[0]!.record.version)]);
    }
    expect(pages).toBeGreaterThan(2);
    for (let page = await get<PullResponse>(device, 'pull', cursor, 5); ; page = await get<PullResponse>(device, 'pull', cursor, 5)) {
      model.apply(page);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }

    const server = await serverState();
    expect(model.records.has(a!.id)).toBe(false);
    expect(model.records.get(c!.id)).toMatchObject({ name: '旭川中央高校' });
    expect(model.conflicts.size).toBe(0);
    expect(new Map([...model.records].sort())).toEqual(new Map([...server.records].sort()));
    expect(new Set(model.conflicts.keys())).toEqual(server.conflicts);
    // Counted once, on the first page: a progress bar that does not jump while others delete.
    expect(new Set(totals)).toEqual(new Set([20]));
  });

  it('hands over a plain pull cursor at the pinned mark on the last page', async () => {
    await push(writer, Array.from({ length: 6 }, () => buildMutation()));
    const first = await get<SnapshotResponse>(device, 'snapshot', '', 4);
    expect(first.cursor).toMatch(/^[0-9a-f]+_s\d+_t6:\d+$/u);
    await push(writer, [buildMutation()]);
    const last = await get<SnapshotResponse>(device, 'snapshot', first.cursor, 4);
    expect(last.hasMore).toBe(false);
    expect(last.changes).toHaveLength(2);
    // The mark is where the snapshot started (6 changes), not the newest change (7).
    expect(last.cursor).toBe(`${await store.epoch()}:6`);
    expect((await get<PullResponse>(device, 'pull', last.cursor, 10)).changes).toHaveLength(1);
  });
});
