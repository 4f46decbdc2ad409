import { phoneDigits } from '../shared/phone';
import Dexie, { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildSeeker } from '../../tests/factories';
import { deviceDbs } from '../../tests/setup/device-dbs';
import { createRng } from '../shared/demo/rng';
import type { Seeker } from '../shared/entities';
import { RECORD_META_KEYS } from '../shared/fields';
import type { Change } from '../shared/sync-protocol';
import { openFieldDb, type FieldDb } from './db';
import { bulkLoad, deleteRecord, saveRecord } from './record-repo';
import { withSearchFields } from './search-fields';
import { listSeekers } from './seeker-queries';
import { seekerRowOf, type SeekerListRow } from './seeker-rows';
import { applyServerPage, dropScopedData } from './sync-repo';

const TODAY = '2026-11-25';
type MetaKey = (typeof RECORD_META_KEYS)[number];
const fieldsOf = (s: Seeker): Omit<Seeker, MetaKey> => {
  const copy: Partial<Seeker> = { ...s };
  for (const key of RECORD_META_KEYS) delete copy[key];
  return copy as Omit<Seeker, MetaKey>;
};
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
const stored = (s: Seeker) => withSearchFields('seekers', s);
const change = (record: Seeker): Change => ({ entity: 'seekers', record: record as unknown as Change['record'] });

/** The invariant the middleware keeps: one row per live seeker, derived from it alone. */
async function expectRowsInStep(db: FieldDb): Promise<void> {
  const seekers = await db.seekers.toArray();
  const expected = byId(seekers.filter((s) => !s.deleted).map(seekerRowOf));
  expect(byId(await db.seekerRows.toArray())).toEqual(expected);
}

describe('the seeker list rows', () => {
  const newDb = deviceDbs('rows');
  let db: FieldDb;
  beforeEach(() => {
    db = newDb();
  });

  it('projects a saved seeker onto a slim row', async () => {
    const saved = await saveRecord(db, 'seekers', fieldsOf(buildSeeker({ familyName: '山田', givenName: '花子', familyNameKana: 'やまだ', givenNameKana: 'はなこ', town: 'biei', desiredIndustries: ['retail'] })));
    const row = await db.seekerRows.get(saved.id);
    expect(row).toEqual<SeekerListRow>({
      id: saved.id,
      familyName: '山田',
      givenName: '花子',
      familyNameKana: 'ヤマダ',
      givenNameKana: 'ハナコ',
      birthDate: saved.birthDate,
      town: 'biei',
      status: saved.status,
      desiredIndustries: ['retail'],
      reading: 'ヤマダハナコ',
      text: '山田花子ヤマダハナコ',
      phone: phoneDigits(saved.phone),
    });
    expect(row).not.toHaveProperty('notes');
    expect(row).not.toHaveProperty('address');
  });

  it('follows an edit, and drops the row when the seeker is tombstoned', async () => {
    const saved = await saveRecord(db, 'seekers', fieldsOf(buildSeeker({ town: 'biei' })));
    await saveRecord(db, 'seekers', { ...fieldsOf(saved), town: 'toma', familyNameKana: 'スズキ' }, saved.id);
    expect(await db.seekerRows.get(saved.id)).toMatchObject({ town: 'toma', familyNameKana: 'スズキ' });
    expect((await db.seekerRows.get(saved.id))?.reading.startsWith('スズキ')).toBe(true);

    await db.seekers.update(saved.id, { status: 'hired' });
    expect((await db.seekerRows.get(saved.id))?.status).toBe('hired');

    await deleteRecord(db, 'seekers', saved.id);
    expect(await db.seekerRows.get(saved.id)).toBeUndefined();
    await expectRowsInStep(db);
  });

  it('mirrors a sync page of live records and tombstones, and records leaving the scope', async () => {
    const [kept, toBury, toLeave] = [buildSeeker(), buildSeeker(), buildSeeker()];
    await bulkLoad(db, 'seekers', [kept, toBury, toLeave]);
    const arriving = buildSeeker();
    const page = {
      changes: [change({ ...kept, town: 'pippu', version: kept.version + 1 }), change({ ...toBury, deleted: true, version: toBury.version + 1 }), change(arriving), change(buildSeeker({ deleted: true }))],
      conflicts: [],
      removed: [{ entity: 'seekers' as const, id: toLeave.id }],
    };
    await applyServerPage(db, page, { mode: 'pull', cursor: '1', done: 0, total: 0 }, true);

    expect((await db.seekerRows.toCollection().primaryKeys()).sort()).toEqual([kept.id, arriving.id].sort());
    expect((await db.seekerRows.get(kept.id))?.town).toBe('pippu');
    await expectRowsInStep(db);
  });

  it('keeps the last value of an id written twice in one batch', async () => {
    const s = buildSeeker();
    await db.seekers.bulkPut([stored({ ...s, deleted: true }), stored(s)]);
    expect(await db.seekerRows.get(s.id)).toEqual(seekerRowOf(s));
    await db.seekers.bulkPut([stored(s), stored({ ...s, deleted: true })]);
    expect(await db.seekerRows.get(s.id)).toBeUndefined();
  });

  it('removes rows with clear(), bulkDelete(), a range delete and a scope drop', async () => {
    const seekers = Array.from({ length: 6 }, () => buildSeeker());
    await bulkLoad(db, 'seekers', seekers);
    await db.seekers.bulkDelete([seekers[0]!.id, seekers[1]!.id]);
    await expectRowsInStep(db);
    const ids = seekers.slice(2).map((s) => s.id).sort();
    await db.seekers.where('id').between(ids[0], ids[1], true, true).delete();
    await expectRowsInStep(db);
    expect(await db.seekerRows.count()).toBe(2);
    await db.seekers.clear();
    expect(await db.seekerRows.count()).toBe(0);

    await bulkLoad(db, 'seekers', seekers);
    await dropScopedData(db);
    expect(await db.seekerRows.count()).toBe(0);
  });

  it('writes the row in the seeker transaction: a failed transaction leaves neither', async () => {
    const s = buildSeeker();
    // The transaction names only seekers; the middleware adds the rows' store to it.
    await expect(
      db.transaction('rw', db.seekers, async () => {
        await db.seekers.put(stored(s));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.seekers.get(s.id)).toBeUndefined();
    expect(await db.seekerRows.get(s.id)).toBeUndefined();

    await db.transaction('rw', db.seekers, () => db.seekers.put(stored(s)));
    expect(await db.seekerRows.get(s.id)).toEqual(seekerRowOf(s));
  });

  it('skips the values a bulk write failed on', async () => {
    const [old, fresh] = [buildSeeker(), buildSeeker()];
    await bulkLoad(db, 'seekers', [old]);
    await db.transaction('rw', db.seekers, async () => {
      // bulkAdd of an existing id fails that value only; caught, the rest commits.
      await db.seekers.bulkAdd([stored({ ...old, town: 'toma' }), stored(fresh)]).catch(() => undefined);
    });
    expect((await db.seekerRows.get(old.id))?.town).toBe(old.town);
    expect(await db.seekerRows.get(fresh.id)).toEqual(seekerRowOf(fresh));
    await expectRowsInStep(db);
  });

  it('re-runs a live list query when a seeker is written, in or outside an explicit transaction', async () => {
    const results: string[][] = [];
    const subscription = liveQuery(() => listSeekers(db, { today: TODAY })).subscribe((rows) => results.push(rows.map((r) => r.id)));
    const sees = (id: string) => expect.poll(() => results.at(-1) ?? [], { timeout: 2000 }).toContain(id);
    try {
      await expect.poll(() => results.length).toBeGreaterThan(0);
      const saved = await saveRecord(db, 'seekers', fieldsOf(buildSeeker()));
      await sees(saved.id);
      const loaded = buildSeeker();
      await db.seekers.put(stored(loaded));
      await sees(loaded.id);
      await deleteRecord(db, 'seekers', saved.id);
      await expect.poll(() => results.at(-1)).toEqual([loaded.id]);
    } finally {
      subscription.unsubscribe();
    }
  });

  it('stays equal to the live seekers projected, after a random run of writes', async () => {
    const rng = createRng(42, 'seeker-rows');
    const pool = Array.from({ length: 12 }, () => buildSeeker());
    const pick = () => pool[rng.int(0, pool.length - 1)]!;
    const variant = (s: Seeker): Seeker => ({ ...s, town: rng.pick(['biei', 'toma', 'pippu'] as const), familyNameKana: rng.pick(['アオキ', 'ヤマダ', 'スズキ']), deleted: rng.chance(0.3) });
    for (let step = 0; step < 150; step++) {
      const op = rng.int(0, 6);
      if (op === 0) await db.seekers.put(stored(variant(pick())));
      else if (op === 1) await db.seekers.bulkPut(Array.from({ length: rng.int(1, 6) }, () => stored(variant(pick()))));
      else if (op === 2) await db.seekers.delete(pick().id);
      else if (op === 3) await db.seekers.bulkDelete([pick().id, pick().id]);
      else if (op === 4) await db.seekers.where('id').equals(pick().id).modify({ deleted: rng.chance(0.5), town: 'aibetsu' });
      else if (op === 5 && rng.chance(0.2)) await db.seekers.clear();
      else if (op === 6)
        await db
          .transaction('rw', db.seekers, async () => {
            await db.seekers.put(stored(variant(pick())));
            if (rng.chance(0.5)) throw new Error('rolled back');
          })
          .catch(() => undefined);
      await expectRowsInStep(db);
    }
  });
});

describe('the version 4 upgrade', () => {
  it('fills the rows from the seekers of a version 3 database, without tombstones', async () => {
    const name = `upgrade-v4-${crypto.randomUUID()}`;
    // The seekers store as version 3 shipped it (every write had _reading/_text/_phone then).
    const old = new Dexie(name);
    old.version(3).stores({ seekers: 'id, _reading, town, _phone' });
    // More than one upgrade page (2,000), so the paging is exercised.
    const seekers = Array.from({ length: 2_100 }, (_, i) => buildSeeker({ deleted: i % 7 === 0 }));
    await old.table('seekers').bulkPut(seekers.map((s) => ({ ...stored(s), _reading: 'x', _text: 'x' })));
    old.close();

    const db = openFieldDb(name);
    try {
      const rows = await db.seekerRows.toArray();
      expect(rows).toHaveLength(seekers.filter((s) => !s.deleted).length);
      await expectRowsInStep(db);
      expect(await listSeekers(db, { today: TODAY })).toHaveLength(rows.length);
    } finally {
      await db.delete();
    }
  });
});
