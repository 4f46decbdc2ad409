import { afterEach, describe, expect, it } from 'vitest';
import { buildSeeker } from '../../tests/factories';
import { currentDataKey, setDataKey } from './crypto/data-key';
import { isSealed } from './crypto/sealed-value';
import { openFieldDb, type FieldDb } from './db';
import { encryptStoredData, MIGRATION_KEY, type MigrationProgress } from './encryption-migration';
import { readMeta } from './meta-store';
import { withSearchFields } from './search-fields';

const opened: FieldDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));
const open = (name: string) => {
  const db = openFieldDb(name);
  opened.push(db);
  return db;
};

/** Values as a device stored them before encryption: written past the middleware, in clear. */
function putClear(db: FieldDb, table: string, values: object[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction(table, 'readwrite');
    values.forEach((v) => tx.objectStore(table).put(v));
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('write failed'));
  });
}

function rawValues(db: FieldDb, table: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const req = db.backendDB().transaction(table).objectStore(table).getAll();
    req.onsuccess = () => resolve(req.result as unknown[]);
    req.onerror = () => reject(req.error ?? new Error('read failed'));
  });
}

describe('the encryption of data stored in clear', () => {
  it('resumes after a tab closed mid-way, seals everything and leaves sealed values alone', async () => {
    const key = currentDataKey()!;
    const name = `migrate-${crypto.randomUUID()}`;
    const db = open(name);
    await db.open();
    const seekers = Array.from({ length: 7 }, (_, i) => withSearchFields('seekers', buildSeeker({ familyName: `移行${i}` })));
    await putClear(db, 'seekers', seekers);
    await putClear(db, 'outbox', [{ seq: 1, mutationId: 'm1', entity: 'seekers', recordId: seekers[0]!.id, op: 'upsert', patch: { notes: '移行メモ' }, baseVersion: 0, clientTime: '2026-01-01T00:00:00.000Z' }]);
    // Written by the updated app: already sealed.
    const fresh = buildSeeker({ familyName: '新規' });
    await db.seekers.put(fresh);
    const freshBlob = (await rawValues(db, 'seekers')).find((v) => (v as { id: string }).id === fresh.id);

    // The tab "closes" during the second page of seekers (each gets its list row): the key is gone, the run stops.
    let rows = 0;
    db.seekerRows.hook('creating', () => {
      if (++rows === 4) setDataKey(null);
    });
    await expect(encryptStoredData(db, 3)).rejects.toThrow();
    const midway = await readMeta<MigrationProgress>(db, MIGRATION_KEY);
    expect(midway).toMatchObject({ done: false });
    const stillClear = (await rawValues(db, 'seekers')).filter((v) => !isSealed(v));
    expect(stillClear.length).toBeGreaterThan(0);
    expect(stillClear.length).toBeLessThan(seekers.length);
    db.close();

    const reopened = open(name);
    setDataKey(key);
    await encryptStoredData(reopened, 3);
    expect(await readMeta<MigrationProgress>(reopened, MIGRATION_KEY)).toEqual({ done: true });
    for (const table of ['seekers', 'seekerRows', 'outbox']) expect((await rawValues(reopened, table)).every(isSealed), table).toBe(true);
    expect((await rawValues(reopened, 'seekers')).find((v) => (v as { id: string }).id === fresh.id)).toEqual(freshBlob);
    expect(await reopened.seekers.get(seekers[6]!.id)).toEqual(seekers[6]);
    expect((await reopened.outbox.toArray())[0]?.patch).toEqual({ notes: '移行メモ' });
    expect(await reopened.seekerRows.count()).toBe(seekers.length + 1);
  });

  it('waits for an unlock', async () => {
    const db = open(`migrate-${crypto.randomUUID()}`);
    await db.open();
    await putClear(db, 'seekers', [buildSeeker()]);
    setDataKey(null);
    await expect(encryptStoredData(db)).rejects.toThrow('data-locked');
    expect((await rawValues(db, 'seekers')).some(isSealed)).toBe(false);
  });
});
