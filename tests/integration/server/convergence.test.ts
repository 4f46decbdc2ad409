/**
 * Property-style convergence test: three devices edit and delete offline, then sync in
 * random orders with lost responses and resent batches, through the real service on SQLite.
 * Asserts: every device ends with the server's state; every mutation is applied exactly once; every
 * same-field clash (a write overwriting another device's value it had not seen) is in the conflict list.
 * Seeded PRNG: a failing seed reproduces exactly.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRng } from '../../../src/shared/demo/rng';
import type { Mutation } from '../../../src/shared/mutation';
import { createSyncService } from '../../../sync-server/src/services/sync-service';
import { createSqlStore, type SqlStore } from '../../../sync-server/src/store/sql-store';
import { buildSchoolFields } from '../../factories/sync-factories';
import { SimDevice } from './sim-device';

const FIELDS = ['name', 'teacherInCharge'] as const;
type Write = { value: unknown; clientId: string };

describe('three devices syncing at random', () => {
  let store: SqlStore;
  afterEach(async () => store.close());

  it.each([1, 2, 3, 4, 5, 6])('converge with every clash recorded (seed %i)', async (seed) => {
    store = await createSqlStore({ sqliteFile: ':memory:' });
    // The demo data's PRNG with no labels is plain mulberry32(seed): the same streams as before.
    const rng = createRng(seed);
    const rand = rng.next;
    const pick = rng.pick;
    let idCounter = 0;
    const newId = () => `00000000-0000-4000-8000-${(seed * 1_000_000 + ++idCounter).toString(16).padStart(12, '0')}`;
    const service = createSyncService({ store, newId });
    const devices = ['dev-a', 'dev-b', 'dev-c'].map((c) => new SimDevice(c, service, newId));

    // Oracle: the server's receive order of field writes, and what each device knew when it wrote.
    const writers = new Map<string, Write[]>();
    const deletedOnServer = new Set<string>();
    const applied = new Set<string>();
    const knewValue = new Map<string, Map<string, unknown>>(); // mutationId -> field -> server value the device had
    const expectedClashes = new Set<string>();
    const author = new Map<string, string>();
    let generated = 0;
    let counter = 0;

    const record = (device: SimDevice, m: Mutation) => {
      generated++;
      author.set(m.mutationId, device.clientId);
      const copy = device.serverCopy.get(m.recordId);
      knewValue.set(m.mutationId, new Map(FIELDS.map((f) => [f, copy?.[f]])));
    };
    const observe = (sent: Mutation[]) => {
      for (const m of sent) {
        if (applied.has(m.mutationId)) continue;
        applied.add(m.mutationId);
        if (m.op === 'delete') deletedOnServer.add(m.recordId);
        if (m.op !== 'upsert' || deletedOnServer.has(m.recordId)) continue;
        for (const f of FIELDS) {
          if (!(f in m.patch)) continue;
          const key = `${m.recordId}/${f}`;
          const list = writers.get(key) ?? [];
          const last = list[list.length - 1];
          const known = knewValue.get(m.mutationId)!.get(f);
          const seen = list.findIndex((w) => w.value === known) >= list.length - 1;
          if (last && last.clientId !== author.get(m.mutationId) && !seen) expectedClashes.add(`${key}/${String(last.value)}`);
          list.push({ value: m.patch[f], clientId: author.get(m.mutationId)! });
          writers.set(key, list);
        }
      }
    };
    const sync = async (d: SimDevice, lossy: boolean) => {
      const result = await d.push(1 + Math.floor(rand() * 6), lossy && rand() < 0.3);
      if (result) observe(result.sent);
      if (rand() < 0.7 || !lossy) await d.pull(1 + Math.floor(rand() * 5));
    };

    // Every device starts from the same few records.
    for (let i = 0; i < 3; i++) record(devices[0]!, devices[0]!.write('upsert', newId(), buildSchoolFields({ name: `学校${++counter}` })));
    await sync(devices[0]!, false);
    for (const d of devices) await d.pull(100);

    for (let step = 0; step < 120; step++) {
      const d = pick(devices);
      const live = [...d.records.values()].filter((r) => !r.deleted);
      const roll = rand();
      if (roll < 0.55 && live.length > 0) {
        const field = pick(FIELDS);
        record(d, d.write('upsert', pick(live).id, { [field]: `${d.clientId}-${++counter}` }));
      } else if (roll < 0.6 && live.length > 2) {
        record(d, d.write('delete', pick(live).id, {}));
      } else if (roll < 0.7) {
        record(d, d.write('upsert', newId(), buildSchoolFields({ name: `学校${++counter}` })));
      } else {
        await sync(d, true);
      }
    }
    // Everyone comes online for good: drain every outbox, then pull.
    while (devices.some((d) => d.outbox.length > 0)) for (const d of devices) await sync(d, false);
    for (const d of devices) await d.pull(1000);

    const fresh = new SimDevice('observer', service, newId);
    await fresh.pull(1000);
    const truth = [...fresh.records.values()].sort((a, b) => a.id.localeCompare(b.id));
    for (const d of devices) {
      expect([...d.records.values()].sort((a, b) => a.id.localeCompare(b.id))).toEqual(truth);
    }

    const log = await store.db.selectFrom('applied_mutations').select(['mutation_id', 'result']).execute();
    expect(log).toHaveLength(generated);
    expect(log.every((r) => r.result === 'applied')).toBe(true);

    const conflicts = await store.db.selectFrom('conflicts').selectAll().where('kind', '=', 'field').execute();
    const recorded = new Set(conflicts.map((c) => `${c.record_id}/${c.field}/${String(JSON.parse(c.losing_value))}`));
    expect([...expectedClashes].filter((k) => !recorded.has(k))).toEqual([]);
    expect(recorded.size).toBe(expectedClashes.size);
  }, 60_000);
});
