import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildSeeker } from '../../tests/factories';
import { deviceDbs } from '../../tests/setup/device-dbs';
import type { FieldDb } from './db';
import { bulkLoad } from './record-repo';
import { listSeekers } from './seeker-queries';
import { readSeekerListHead, readSortedSeekerRows } from './seeker-list-cache';

const TODAY = '2026-11-25';
/** The copy is saved a second after the last read that had to rebuild it. */
const afterSave = () => new Promise((resolve) => setTimeout(resolve, 1_300));
const names = async (db: FieldDb) => (await listSeekers(db, { today: TODAY })).map((r) => r.familyNameKana);

describe('the cached sorted seeker list (one string instead of 10,000 records)', () => {
  const newDb = deviceDbs('list-cache');
  let db: FieldDb;
  beforeEach(() => {
    db = newDb();
  });

  it('serves the next read from the saved copy while no seeker was written', async () => {
    await bulkLoad(db, 'seekers', [buildSeeker({ familyNameKana: 'スズキ' }), buildSeeker({ familyNameKana: 'アベ' })]);
    expect(await names(db)).toEqual(['アベ', 'スズキ']);
    await afterSave();
    expect(await db.listCache.get('seekers:list')).toBeDefined();

    // Rows removed behind the middleware's back: only the copy can still answer.
    await db.seekerRows.clear();
    expect(await names(db)).toEqual(['アベ', 'スズキ']);
  });

  it('keeps the first screenful and the count apart, current only until a seeker is written', async () => {
    await bulkLoad(db, 'seekers', Array.from({ length: 45 }, () => buildSeeker()));
    const rows = await readSortedSeekerRows(db);
    expect(await readSeekerListHead(db)).toBeUndefined();
    await afterSave();
    const head = await readSeekerListHead(db);
    expect(head?.total).toBe(45);
    expect(head?.rows).toEqual(rows.slice(0, head?.rows.length));
    expect(head?.rows.length).toBeLessThan(45);

    await bulkLoad(db, 'seekers', [buildSeeker({ familyNameKana: 'アア' })]);
    expect(await readSeekerListHead(db)).toBeUndefined();
  });

  it('answers the next search from memory until a seeker is written (a picker searches on every keystroke)', async () => {
    await bulkLoad(db, 'seekers', [buildSeeker({ familyNameKana: 'スズキ' })]);
    const first = await readSortedSeekerRows(db);
    // Rows and copy gone behind the middleware's back: only the rows held in memory can still answer.
    await db.seekerRows.clear();
    await db.listCache.delete('seekers:list');
    expect(await readSortedSeekerRows(db)).toBe(first);

    await bulkLoad(db, 'seekers', [buildSeeker({ familyNameKana: 'アベ' })]);
    expect(await names(db)).toEqual(['アベ']);
  });

  it('saves the copy at once when the app goes to the background', async () => {
    await bulkLoad(db, 'seekers', [buildSeeker({ familyNameKana: 'スズキ' })]);
    await names(db);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await expect.poll(async () => (await db.listCache.get('seekers:list')) !== undefined, { timeout: 500 }).toBe(true);
    } finally {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    }
  });

  it('is never served after a seeker write, also when the write lands between read and save', async () => {
    await bulkLoad(db, 'seekers', [buildSeeker({ familyNameKana: 'スズキ' })]);
    await readSortedSeekerRows(db);
    await afterSave();

    await bulkLoad(db, 'seekers', [buildSeeker({ familyNameKana: 'アベ' })]);
    expect(await names(db)).toEqual(['アベ', 'スズキ']);
    // That read scheduled a copy; a write before it is saved makes it stale, so it is dropped.
    await bulkLoad(db, 'seekers', [buildSeeker({ familyNameKana: 'カトウ' })]);
    await afterSave();
    await db.seekerRows.clear();
    expect(await names(db)).toEqual([]);
  });

  it('a live list served from the copy still follows seeker writes', async () => {
    await bulkLoad(db, 'seekers', [buildSeeker({ familyNameKana: 'スズキ' })]);
    await names(db);
    await afterSave();

    const seen: string[][] = [];
    const subscription = liveQuery(() => listSeekers(db, { today: TODAY })).subscribe((rows) => seen.push(rows.map((r) => r.familyNameKana)));
    try {
      await expect.poll(() => seen.at(-1)).toEqual(['スズキ']);
      await bulkLoad(db, 'seekers', [buildSeeker({ familyNameKana: 'アベ' })]);
      await expect.poll(() => seen.at(-1)).toEqual(['アベ', 'スズキ']);
    } finally {
      subscription.unsubscribe();
    }
  });
});
