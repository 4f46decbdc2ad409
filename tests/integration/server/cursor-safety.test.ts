/**
 * Proves the pull cursor never skips a change that commits late (SYNC-LESSONS pitfall 2): two server
 * instances (two createApp + two stores = two connection pools) on one PostgreSQL database take
 * concurrent pushes while a third client pulls continuously; the puller must end with every record.
 * On SQLite the same test runs with two apps on one store (one process, one file).
 */
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../../src/shared/sync-protocol';
import { createApp } from '../../../sync-server/src/app';
import { createSqlStore, type SqlStore } from '../../../sync-server/src/store/sql-store';
import { buildMutation, buildPush, pullQuery } from '../../factories/sync-factories';
import { TEST_STORE_KINDS } from '../../setup/server-stores';

describe.each(TEST_STORE_KINDS)('pull cursor under concurrent pushes on $name', (kind) => {
  const stores: SqlStore[] = [];
  afterAll(async () => Promise.all(stores.map((s) => s.close())));

  it('delivers every record to a continuous puller while two instances push at once', async () => {
    const first = await kind.create();
    stores.push(first.store);
    const second = first.url ? await createSqlStore({ postgresUrl: first.url }) : first.store;
    if (second !== first.store) stores.push(second);
    const apps = [createApp({ store: first.store }), createApp({ store: second })];

    const BATCHES = 30;
    const PER_BATCH = 5;
    const expected = new Set<string>();
    const pushers = apps.map(async (app, instance) => {
      for (let b = 0; b < BATCHES; b++) {
        const ms = Array.from({ length: PER_BATCH }, () => buildMutation());
        ms.forEach((m) => expected.add(m.recordId));
        await request(app).post('/api/sync/push').send(buildPush(ms, { clientId: `device-${instance}-${b % 3}` })).expect(200);
      }
    });

    const received = new Set<string>();
    let cursor = '';
    let done = false;
    const pullOnce = async () => {
      const page = (await request(apps[0]!).get('/api/sync/pull').query(pullQuery(cursor, { limit: 7 })).expect(200)).body as PullResponse;
      page.changes.forEach((c) => received.add(c.record.id));
      cursor = page.cursor;
      return page;
    };
    const puller = (async () => {
      while (!done) await pullOnce();
    })();

    await Promise.all(pushers);
    done = true;
    await puller;
    // Drain what committed after the puller's last page, continuing from its cursor (never from 0).
    while ((await pullOnce()).hasMore);
    expect(expected.size).toBe(2 * BATCHES * PER_BATCH);
    expect([...expected].filter((id) => !received.has(id))).toEqual([]);
  }, 120_000);
});
