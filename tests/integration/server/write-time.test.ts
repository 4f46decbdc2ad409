/**
 * A write's time is read once it holds the seq lock (sync-server/src/store/sql-write-tx.ts), so time
 * order and seq order agree, also across two server instances on one PostgreSQL database (on SQLite:
 * two services on one store). Read before the lock, a write that waits behind another would store a
 * later server_seq with an earlier updatedAt.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { unrestrictedAccess } from '../../../sync-server/src/services/access-policy';
import { createSyncService, type SyncService } from '../../../sync-server/src/services/sync-service';
import { createSqlStore, type SqlStore } from '../../../sync-server/src/store/sql-store';
import { buildMutation, buildPush } from '../../factories/sync-factories';
import { TEST_STORE_KINDS } from '../../setup/server-stores';

/** These pushes are about time order, not scope: they run as the tools' unrestricted access. */
const ACCESS = unrestrictedAccess('user-1');

describe.each(TEST_STORE_KINDS)('write time under the seq lock on $name', (kind) => {
  const stores: SqlStore[] = [];
  afterAll(async () => Promise.all(stores.map((s) => s.close())));

  async function twoInstances(): Promise<[SqlStore, SqlStore]> {
    const first = await kind.create();
    stores.push(first.store);
    const second = first.url ? await createSqlStore({ postgresUrl: first.url }) : first.store;
    if (second !== first.store) stores.push(second);
    return [first.store, second];
  }

  /** Every record's updatedAt in server_seq order: it must never go backwards. */
  async function timesInSeqOrder(store: SqlStore): Promise<string[]> {
    const records = await store.db.selectFrom('records').select(['server_seq', 'updated_at']).orderBy('server_seq').execute();
    return records.map((r) => r.updated_at);
  }

  it('gives the later seq the later time when the other write read the clock first', async () => {
    const [one, two] = await twoInstances();
    const early = buildMutation();
    const late = buildMutation();
    let readings = 0;
    let other: Promise<unknown> | undefined;
    // One second later at every reading; the first reading is the moment a push reaches the other instance.
    const clock = () => {
      readings += 1;
      if (readings === 1) other = b.push(buildPush([late], { clientId: 'device-b' }), ACCESS);
      return new Date(Date.UTC(2026, 5, 1, 0, 0, readings));
    };
    const a: SyncService = createSyncService({ store: one, clock });
    const b: SyncService = createSyncService({ store: two, clock });
    await a.push(buildPush([early], { clientId: 'device-a' }), ACCESS);
    await other;
    const times = await timesInSeqOrder(one);
    expect(times).toHaveLength(2);
    expect(times).toEqual([...times].sort());
    expect(new Set(times).size).toBe(2);
  });

  it('keeps time and seq order together under concurrent pushes on two instances', async () => {
    const [one, two] = await twoInstances();
    let ms = Date.UTC(2026, 5, 1);
    const clock = () => new Date((ms += 1));
    const services = [createSyncService({ store: one, clock }), createSyncService({ store: two, clock })];
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => services[i % 2]!.push(buildPush([buildMutation(), buildMutation()], { clientId: `device-${i % 4}` }), ACCESS)),
    );
    const times = await timesInSeqOrder(one);
    expect(times).toHaveLength(80);
    expect(times).toEqual([...times].sort());
  });
});
