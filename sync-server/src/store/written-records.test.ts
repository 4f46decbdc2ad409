/**
 * The JSON a push reads back from memory (written-records.ts) is always the database's: remembered
 * only once committed, used only at the seq the database still holds, and bounded.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSchoolFields } from '../../../tests/factories/sync-factories';
import { createSqlStore, type SqlStore } from './sql-store';
import { WrittenRecords } from './written-records';

describe('WrittenRecords', () => {
  it('keeps the latest JSON of a key and drops the oldest keys past its bound', () => {
    const list = new WrittenRecords(10);
    list.remember(new Map([['a', { serverSeq: 1, data: 'aaaa' }], ['b', { serverSeq: 2, data: 'bbbb' }]]));
    list.remember(new Map([['a', { serverSeq: 3, data: 'AAAA' }]]));
    expect(list.get('a')).toEqual({ serverSeq: 3, data: 'AAAA' });
    list.remember(new Map([['c', { serverSeq: 4, data: 'cccc' }]]));
    // 12 characters > 10: b, written longest ago, goes; a was written again after it.
    expect(list.get('b')).toBeUndefined();
    expect(list.get('a')?.serverSeq).toBe(3);
    expect(list.get('c')?.serverSeq).toBe(4);
  });
});

describe('a SQLite store reading records it wrote', () => {
  const NOW = '2026-06-01T00:00:00.000Z';
  const id = crypto.randomUUID();
  let store: SqlStore;
  beforeEach(async () => {
    store = await createSqlStore({ sqliteFile: ':memory:' });
  });
  afterEach(() => store.close());

  const school = (name: string, version: number) => ({ ...buildSchoolFields({ name }), id, createdAt: NOW, updatedAt: NOW, version, deleted: false });
  const put = (name: string, version: number) =>
    store.write(
      () => NOW,
      async (tx) => {
        const record = school(name, version);
        await tx.putRecords([{ entity: 'schools', id, record, fieldVersions: {}, fieldWriters: {}, serverSeq: tx.nextSeq(), scopeSchoolId: id, updatedAt: NOW }]);
      },
    );
  const read = async () => (await store.write(() => NOW, (tx) => tx.records([{ entity: 'schools', id }]))).get(`schools/${id}`)?.record;
  /** Another writer (a tool, a migration) stores the record at seq `seq`. */
  const writeElsewhere = (name: string, seq: number) =>
    store.db.updateTable('records').set({ data: JSON.stringify(school(name, 9)), server_seq: seq }).where('id', '=', id).execute();
  const counter = async () => Number((await store.db.selectFrom('sync_counter').select('value').executeTakeFirstOrThrow()).value);

  it('reads what another writer stored since, at a new seq', async () => {
    await put('旭川東高校', 1);
    expect(await read()).toMatchObject({ name: '旭川東高校' });
    await writeElsewhere('旭川西高校', (await counter()) + 1);
    expect(await read()).toMatchObject({ name: '旭川西高校', version: 9 });
  });

  it('remembers nothing of a transaction that rolled back, even when its seq is taken again', async () => {
    await put('旭川東高校', 1);
    const failed = store.write(
      () => NOW,
      async (tx) => {
        const record = school('書かれない高校', 2);
        await tx.putRecords([{ entity: 'schools', id, record, fieldVersions: {}, fieldWriters: {}, serverSeq: tx.nextSeq(), scopeSchoolId: id, updatedAt: NOW }]);
        throw new Error('rolled back');
      },
    );
    await expect(failed).rejects.toThrow('rolled back');
    // The counter rolled back too: the next writer takes the same seq with other JSON.
    await writeElsewhere('旭川北高校', (await counter()) + 1);
    expect(await read()).toMatchObject({ name: '旭川北高校' });
  });

  it('hands each reader its own objects', async () => {
    await put('旭川東高校', 1);
    const first = await read();
    first!['name'] = 'changed in memory';
    expect(await read()).toMatchObject({ name: '旭川東高校' });
  });
});
