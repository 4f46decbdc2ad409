import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSeeker } from '../../tests/factories';
import type { Seeker } from '../shared/entities';
import { openFieldDb, type FieldDb } from './db';
import { bulkLoad } from './record-repo';
import { findLikelyDuplicates } from './duplicate-queries';
import { applySeekerFilters } from './seeker-filters';
import { readSortedSeekerRows } from './seeker-list-cache';
import { listSeekers } from './seeker-queries';
import { searchSeekerRows } from './seeker-search';
import { FEW_MATCHES } from './text-search';

const TODAY = '2026-11-25';

describe('seeker queries', () => {
  let db: FieldDb;
  let yamada: Seeker, suzuki: Seeker, senior: Seeker, deleted: Seeker;

  beforeEach(async () => {
    db = openFieldDb(`test-${crypto.randomUUID()}`);
    yamada = buildSeeker({ familyName: '山田', givenName: '花子', familyNameKana: 'ヤマダ', givenNameKana: 'ハナコ', birthDate: '1990-05-01', town: 'asahikawa', phone: '090-1111-2222', desiredIndustries: ['retail'] });
    suzuki = buildSeeker({ familyName: '鈴木', givenName: '翔', familyNameKana: 'スズキ', givenNameKana: 'ショウ', birthDate: '1999-01-10', town: 'biei', phone: '0166-22-3333', desiredIndustries: ['tourism'] });
    senior = buildSeeker({ familyName: '大野', givenName: '茂', familyNameKana: 'オオノ', givenNameKana: 'シゲル', birthDate: '1960-03-03', town: 'biei', phone: '0166-44-5555', desiredIndustries: ['agriculture'] });
    deleted = buildSeeker({ familyName: '山本', givenName: '学', familyNameKana: 'ヤマモト', givenNameKana: 'マナブ', deleted: true });
    await bulkLoad(db, 'seekers', [yamada, suzuki, senior, deleted]);
  });
  afterEach(async () => {
    await db.delete();
  });

  const names = (rows: { familyName: string }[]) => rows.map((r) => r.familyName);

  it('lists live seekers sorted by reading, without tombstones', async () => {
    expect(names(await listSeekers(db, { today: TODAY }))).toEqual(['大野', '鈴木', '山田']);
  });

  it('finds katakana readings from hiragana, half-width and small-kana input', async () => {
    expect(names(await listSeekers(db, { text: 'やまだ', today: TODAY }))).toEqual(['山田']);
    expect(names(await listSeekers(db, { text: 'ﾔﾏﾀﾞ', today: TODAY }))).toEqual(['山田']);
    expect(names(await listSeekers(db, { text: 'しょう', today: TODAY }))).toEqual(['鈴木']);
    expect(names(await listSeekers(db, { text: 'やま', today: TODAY }))).toEqual(['山田']);
  });

  it('gives the whole list as it is read when no filter is set, a filtered copy otherwise', async () => {
    const rows = await readSortedSeekerRows(db);
    expect(applySeekerFilters(rows, { today: TODAY })).toBe(rows);
    expect(names(applySeekerFilters(rows, { town: 'biei', today: TODAY }))).toEqual(['大野', '鈴木']);
    expect(rows).toHaveLength(3);
  });

  it('finds by kanji name', async () => {
    expect(names(await listSeekers(db, { text: '花子', today: TODAY }))).toEqual(['山田']);
  });

  it('filters by town, age group and desired industry together', async () => {
    expect(names(await listSeekers(db, { town: 'biei', today: TODAY }))).toEqual(['大野', '鈴木']);
    expect(names(await listSeekers(db, { ageGroup: 'senior', today: TODAY }))).toEqual(['大野']);
    expect(names(await listSeekers(db, { ageGroup: 'working_age', town: 'biei', today: TODAY }))).toEqual(['鈴木']);
    expect(names(await listSeekers(db, { industry: 'retail', today: TODAY }))).toEqual(['山田']);
  });

  it('searches rows already read the same way, as a picker does per keystroke', async () => {
    const rows = await listSeekers(db, { today: TODAY });
    for (const text of ['ﾔﾏﾀﾞ', 'しょう', '花子', 'すすき'])
      expect(searchSeekerRows(rows, { text, today: TODAY })).toEqual(await listSeekers(db, { text, today: TODAY }));
  });

  it('finds a seeker by phone number from its start, hyphens and full-width digits ignored', async () => {
    expect(names(await listSeekers(db, { text: '090-1111-2222', today: TODAY }))).toEqual(['山田']);
    expect(names(await listSeekers(db, { text: '０１６６－２２', today: TODAY }))).toEqual(['鈴木']);
    expect(names(await listSeekers(db, { text: '0166 44 5555', today: TODAY }))).toEqual(['大野']);
    expect(names(await listSeekers(db, { text: '0166', today: TODAY }))).toEqual(['大野', '鈴木']);
    expect(names(await listSeekers(db, { text: '0166', town: 'biei', ageGroup: 'senior', today: TODAY }))).toEqual(['大野']);
    // Too few digits to mean one person; a tombstone is never found.
    expect(names(await listSeekers(db, { text: '090', today: TODAY }))).toEqual([]);
  });

  it('judges the age group on the given day', async () => {
    expect(names(await listSeekers(db, { ageGroup: 'senior', today: '2020-03-02' }))).toEqual([]);
    expect(names(await listSeekers(db, { ageGroup: 'senior', today: '2020-03-03' }))).toEqual(['大野']);
  });

  it('flags a likely duplicate by reading and birth date, however the reading is typed', async () => {
    const found = await findLikelyDuplicates(db, { familyNameKana: 'やまだ', givenNameKana: 'ﾊﾅｺ', birthDate: '1990-05-01' });
    expect(found.map((s) => s.id)).toEqual([yamada.id]);
  });

  it('flags a likely duplicate by phone digits, hyphens or not', async () => {
    const found = await findLikelyDuplicates(db, { phone: '０９０１１１１２２２２' });
    expect(found.map((s) => s.id)).toEqual([yamada.id]);
  });

  it('does not flag the same reading with another birth date, nor the record being edited', async () => {
    expect(await findLikelyDuplicates(db, { familyNameKana: 'ヤマダ', givenNameKana: 'ハナコ', birthDate: '1991-05-01' })).toEqual([]);
    expect(await findLikelyDuplicates(db, { phone: '090-1111-2222', excludeId: yamada.id })).toEqual([]);
  });
});

describe('seeker search: readings with voiced marks folded, and name-kanji variants', () => {
  let db: FieldDb;
  const person = (familyName: string, familyNameKana: string, givenNameKana = 'ミキ') => buildSeeker({ familyName, givenName: '美紀', familyNameKana, givenNameKana, birthDate: '1980-01-01' });

  beforeEach(() => {
    db = openFieldDb(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  const found = async (text: string) => (await listSeekers(db, { text, today: TODAY })).map((r) => `${r.familyName}${r.near ? '~' : ''}`);

  it('finds イワサキ by いわざき (and back), after the exact matches and marked near', async () => {
    await bulkLoad(db, 'seekers', [person('岩崎', 'イワサキ'), person('岩﨑', 'イワザキ', 'ケン'), person('石田', 'イシダ')]);
    expect(await found('いわざき')).toEqual(['岩﨑', '岩崎~']);
    expect(await found('いわさき')).toEqual(['岩崎', '岩﨑~']);
    expect(await found('ｲﾜｻｷ')).toEqual(['岩崎', '岩﨑~']);
  });

  it('adds no near matches once the exact ones are enough to choose from', async () => {
    const exact = Array.from({ length: FEW_MATCHES }, () => person('岩﨑', 'イワザキ'));
    await bulkLoad(db, 'seekers', [...exact, person('岩崎', 'イワサキ')]);
    expect(await found('いわざき')).toEqual(exact.map(() => '岩﨑'));
  });

  it('matches near readings only for kana queries: kanji have no voiced marks', async () => {
    await bulkLoad(db, 'seekers', [person('岩崎', 'イワサキ')]);
    expect(await found('岩﨑')).toEqual(['岩崎']);
    expect(await found('岩')).toEqual(['岩崎']);
    expect(await found('いしだ')).toEqual([]);
  });

  it('finds a name written with a variant kanji by its common form and the other way round', async () => {
    await bulkLoad(db, 'seekers', [person('髙橋', 'タカハシ'), person('渡邊', 'ワタナベ'), person('齋藤', 'サイトウ'), person('斎藤', 'サイトウ'), person('山崎', 'ヤマサキ')]);
    expect(await found('高橋')).toEqual(['髙橋']);
    expect(await found('渡辺')).toEqual(['渡邊']);
    expect(await found('渡邉')).toEqual(['渡邊']);
    expect((await found('斉藤')).sort()).toEqual(['斎藤', '齋藤'].sort());
    expect(await found('山﨑')).toEqual(['山崎']);
  });
});
