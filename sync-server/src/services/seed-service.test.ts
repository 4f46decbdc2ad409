import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../../src/shared/demo-data';
import { TEST_STORE_KINDS } from '../../../tests/setup/server-stores';
import type { SqlStore } from '../store/sql-store';
import { seedIfEmpty } from './seed-service';

const NOW = '2026-06-01T00:00:00.000Z';
const small = () => generateDemoData({ seed: 1, seekers: 20, companies: 10, schools: 2, studentsPerSchool: 5, trialPlacements: 5 });

describe.each(TEST_STORE_KINDS)('demo seed on $name', (kind) => {
  let store: SqlStore;
  beforeEach(async () => {
    store = (await kind.create()).store;
  });
  afterEach(async () => store.close());

  it('loads valid demo data into an empty store once, in one change stream', async () => {
    const data = small();
    const total = Object.values(data).reduce((n, list) => n + list.length, 0);
    expect(await seedIfEmpty(store, data, NOW)).toBe(total);
    expect(await seedIfEmpty(store, data, NOW)).toBe(0);
    expect(await store.countLive({ kind: 'all' })).toBe(total);
    const page = await store.pullPage({ afterSeq: 0, limit: total + 10, scope: { kind: 'all' }, liveOnly: true });
    expect(page.rows).toHaveLength(total);
    expect(page.nextSeq).toBe(total);
  });

  it('filters a pull by school scope, the hook for teachers', async () => {
    const data = small();
    await seedIfEmpty(store, data, NOW);
    const school = data.schools[0]!;
    const page = await store.pullPage({ afterSeq: 0, limit: 100_000, scope: { kind: 'schools', schoolIds: [school.id] }, liveOnly: false });
    const rows = page.rows.map((r) => JSON.parse(r.data) as { id: string; schoolId?: string });
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => r.id === school.id || r.schoolId === school.id)).toBe(true);
    expect(page.rows.some((r) => r.entity === 'seekers')).toBe(false);
  });
});
