/**
 * Proves the pull cursor never skips a change that commits late (README.md, Decisions worth knowing): two server
 * instances (two createApp + two stores = two connection pools) on one PostgreSQL database take
 * concurrent pushes while a third client pulls continuously; the puller must end with every record.
 * On SQLite the same test runs with two apps on one store (one process, one file). Both apps run with
 * auth on the same database (same users and sessions); every pushing device and the puller sign in.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../../src/shared/sync-protocol';
import { createSqlStore, type SqlStore } from '../../../sync-server/src/store/sql-store';
import { buildMutation, buildPush, pullQuery } from '../../factories/sync-factories';
import { createAuthedApp, loginAs } from '../../setup/auth-helpers';
import { TEST_STORE_KINDS } from '../../setup/server-stores';

describe.each(TEST_STORE_KINDS)('pull cursor under concurrent pushes on $name', (kind) => {
  const stores: SqlStore[] = [];
  afterAll(async () => Promise.all(stores.map((s) => s.close())));

  it('delivers every record to a continuous puller while two instances push at once', async () => {
    const first = await kind.create();
    stores.push(first.store);
    const second = first.url ? await createSqlStore({ postgresUrl: first.url }) : first.store;
    if (second !== first.store) stores.push(second);
    const one = await createAuthedApp(first.store);
    const apps = [one.app, (await createAuthedApp(second, { users: one.users })).app];

    const BATCHES = 30;
    const PER_BATCH = 5;
    const expected = new Set<string>();
    const pushers = apps.map(async (app, instance) => {
      const devices = [];
      for (let d = 0; d < 3; d++) devices.push((await loginAs(app, 'coordinator', { clientId: `device-${instance}-${d}` })).agent);
      for (let b = 0; b < BATCHES; b++) {
        const ms = Array.from({ length: PER_BATCH }, () => buildMutation());
        ms.forEach((m) => expected.add(m.recordId));
        await devices[b % 3]!.post('/api/sync/push').send(buildPush(ms, { clientId: `device-${instance}-${b % 3}` })).expect(200);
      }
    });

    const puller = (await loginAs(apps[0]!, 'coordinator', { clientId: 'device-a' })).agent;
    const received = new Set<string>();
    let cursor = '';
    let done = false;
    const pullOnce = async () => {
      const page = (await puller.get('/api/sync/pull').query(pullQuery(cursor, { limit: 7 })).expect(200)).body as PullResponse;
      page.changes.forEach((c) => received.add(c.record.id));
      cursor = page.cursor;
      return page;
    };
    const pulling = (async () => {
      while (!done) await pullOnce();
    })();

    await Promise.all(pushers);
    done = true;
    await pulling;
    // Drain what committed after the puller's last page, continuing from its cursor (never from 0).
    while ((await pullOnce()).hasMore);
    expect(expected.size).toBe(2 * BATCHES * PER_BATCH);
    expect([...expected].filter((id) => !received.has(id))).toEqual([]);
  }, 120_000);
});
