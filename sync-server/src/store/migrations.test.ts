import { afterEach, describe, expect, it } from 'vitest';
import { createSqlStore, type SqlStore } from './sql-store';
import { migrations } from './migrations';

describe('migration 0004: records of their own', () => {
  let store: SqlStore;
  afterEach(async () => store.close());

  it('turns a placement’s check-in array and a seeker’s consent flag into records, and drops the old fields', async () => {
    store = await createSqlStore({ sqliteFile: ':memory:' });
    const meta = { createdAt: '2026-04-01T00:00:00.000Z', updatedAt: '2026-04-02T00:00:00.000Z', version: 2, deleted: false };
    const placementId = '11111111-1111-4111-8111-111111111111';
    const seekerId = '22222222-2222-4222-8222-222222222222';
    const legacy = [
      { entity: 'trialPlacements', id: placementId, data: { id: placementId, ...meta, status: 'in_trial', checkIns: [{ date: '2026-04-03', note: '順調' }, { date: '2026-04-10', note: '欠勤なし' }] } },
      { entity: 'seekers', id: seekerId, data: { id: seekerId, ...meta, registeredOn: '2026-03-01', consentThirdParty: true } },
    ];
    for (const [i, r] of legacy.entries())
      await store.db
        .insertInto('records')
        .values({ entity: r.entity, id: r.id, data: JSON.stringify(r.data), version: 2, field_versions: '{"v":{},"w":{}}', deleted: 0, server_seq: i + 1, scope_school_id: null, updated_at: meta.updatedAt })
        .execute();
    await store.db.updateTable('sync_counter').set({ value: 2 }).where('id', '=', 1).execute();
    // The store is already migrated; 0004 runs once more, now with legacy rows to move.
    await migrations['0004-records-of-their-own']!.up(store.db);

    const rows = await store.db.selectFrom('records').select(['entity', 'data', 'server_seq']).orderBy('server_seq').execute();
    const parsed: Array<Record<string, unknown> & { entity: string; seq: number }> = rows.map((r) => ({ ...(JSON.parse(r.data) as Record<string, unknown>), entity: r.entity, seq: Number(r.server_seq) }));
    expect(parsed.find((r) => r.entity === 'trialPlacements')).not.toHaveProperty('checkIns');
    expect(parsed.find((r) => r.entity === 'seekers')).not.toHaveProperty('consentThirdParty');
    expect(parsed.filter((r) => r.entity === 'checkIns').map((c) => [c['placementId'], c['date'], c['note']])).toEqual([
      [placementId, '2026-04-03', '順調'],
      [placementId, '2026-04-10', '欠勤なし'],
    ]);
    expect(parsed.filter((r) => r.entity === 'consents')).toEqual([expect.objectContaining({ seekerId, date: '2026-03-01', scope: 'all_hosts', withdrawnOn: '' })]);
    expect(parsed.every((r) => r.seq > 2)).toBe(true);
    const counter = await store.db.selectFrom('sync_counter').select('value').executeTakeFirstOrThrow();
    expect(Number(counter.value)).toBe(Math.max(...parsed.map((r) => r.seq)));
  });
});
