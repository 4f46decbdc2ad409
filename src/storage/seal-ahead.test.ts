import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCompany, buildSeeker } from '../../tests/factories';
import { sealAhead } from './crypto/sealed-ahead';
import { forgetOpenedValues } from './crypto/sealed-value';
import { openFieldDb, type FieldDb } from './db';
import { encryptionMiddleware } from './encryption-middleware';
import { saveRecord } from './record-repo';
import { sealRecordsAhead } from './seal-ahead';

type Raw = { _enc: Uint8Array };

let db: FieldDb;
beforeEach(async () => {
  db = openFieldDb(`seal-ahead-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

function rawValue(table: string, key: IDBValidKey): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = db.backendDB().transaction(table, 'readonly').objectStore(table).get(key);
    req.onsuccess = () => resolve(req.result as Raw);
    req.onerror = () => reject(req.error ?? new Error('read failed'));
  });
}

/** The IVs of every encrypt call from now on (the first 12 bytes of a stored blob). */
function encryptIvs(): string[] {
  const ivs: string[] = [];
  const encrypt = crypto.subtle.encrypt.bind(crypto.subtle);
  vi.spyOn(crypto.subtle, 'encrypt').mockImplementation((algorithm, key, data) => {
    ivs.push(ivText((algorithm as AesGcmParams).iv as Uint8Array));
    return encrypt(algorithm, key, data);
  });
  return ivs;
}
const ivText = (bytes: Uint8Array) => [...bytes.subarray(0, 12)].join(',');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('seals started ahead of their write', () => {
  // Companies: a table no middleware derives another sealed write from.
  it('stores the blob sealed ahead, with no encryption at the write', async () => {
    const company = buildCompany({ name: 'ahead' });
    const ivs = encryptIvs();
    sealAhead(db.name, 'companies', [company]);
    await settle();
    expect(ivs).toHaveLength(1);
    await db.companies.put(company);
    expect(ivs).toHaveLength(1);
    expect(ivText((await rawValue('companies', company.id))._enc)).toBe(ivs[0]);
    forgetOpenedValues();
    expect(await db.companies.get(company.id)).toEqual(company);
  });

  it('seals a write that differs from the prediction as written', async () => {
    const company = buildCompany({ name: 'predicted' });
    const ivs = encryptIvs();
    sealAhead(db.name, 'companies', [company]);
    await db.companies.put({ ...company, name: 'written' });
    expect(ivs).toHaveLength(2);
    expect(ivText((await rawValue('companies', company.id))._enc)).toBe(ivs[1]);
    forgetOpenedValues();
    expect((await db.companies.get(company.id))?.name).toBe('written');
  });

  it('uses each blob once: a second write of the same content gets a fresh IV', async () => {
    const company = buildCompany();
    sealAhead(db.name, 'companies', [company]);
    await db.companies.put(company);
    await db.companies.put({ ...company, id: 'other' });
    expect(ivText((await rawValue('companies', 'other'))._enc)).not.toBe(ivText((await rawValue('companies', company.id))._enc));
  });

  it('seals nothing ahead for a database without the encryption middleware', async () => {
    const clear = openFieldDb(`seal-ahead-clear-${Math.random()}`);
    clear.unuse({ stack: 'dbcore', name: encryptionMiddleware.name ?? '' });
    await clear.open();
    const ivs = encryptIvs();
    sealRecordsAhead(clear, 'seekers', [buildSeeker()]);
    expect(ivs).toHaveLength(0);
    clear.close();
    await clear.delete();
  });

  it("a save seals its record, list row and outbox patch all before it writes any of them", async () => {
    const seeker = buildSeeker();
    await db.seekers.put(seeker);
    const steps: string[] = [];
    const ivs = encryptIvs();
    const encrypt = vi.mocked(crypto.subtle.encrypt).getMockImplementation()!;
    vi.mocked(crypto.subtle.encrypt).mockImplementation((...args) => (steps.push('encrypt'), encrypt(...args)));
    for (const method of ['put', 'add'] as const) {
      const write = IDBObjectStore.prototype[method];
      vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof write>) {
        steps.push(`${method} ${this.name}`);
        return write.apply(this, args);
      });
    }
    const { id, createdAt, updatedAt, version, deleted, ...fields } = seeker;
    void [createdAt, updatedAt, version, deleted];
    // A new name: the list row changes too (a row written unchanged keeps its stored blob, see below).
    await saveRecord(db, 'seekers', { ...fields, familyName: '改名', notes: 'saved' }, id);
    expect(steps.slice(0, 4)).toEqual(['encrypt', 'encrypt', 'encrypt', 'put seekers']);
    const [outboxEntry] = await db.outbox.toArray();
    const stored = [await rawValue('seekers', id), await rawValue('seekerRows', id), await rawValue('outbox', outboxEntry!.seq!)];
    expect(stored.map((raw) => ivText(raw._enc)).sort()).toEqual([...ivs].sort());
  });

  it('keeps each of many concurrent seals to its own plaintext (they share one encoding buffer)', async () => {
    const seekers = Array.from({ length: 50 }, (_, i) => buildSeeker({ notes: `note ${i} ${'あ'.repeat(i * 7)}` }));
    await db.seekers.bulkPut(seekers);
    forgetOpenedValues();
    expect(await db.seekers.bulkGet(seekers.map((s) => s.id))).toEqual(seekers);
  });
});

describe('a record written again with the same hidden part', () => {
  it('stores the blob it stored before (an acknowledgement moves only clear fields), and seals a changed one anew', async () => {
    const company = buildCompany({ name: '同じ中身' });
    const ivs = encryptIvs();
    await db.companies.put(company);
    expect(ivs).toHaveLength(1);
    const acked = { ...company, version: company.version + 1, updatedAt: '2026-12-06T01:00:00.000Z' };
    await db.companies.put(acked);
    expect(ivs).toHaveLength(1);
    expect(ivText((await rawValue('companies', company.id))._enc)).toBe(ivs[0]);
    forgetOpenedValues();
    expect(await db.companies.get(company.id)).toEqual(acked);

    const renamed = { ...acked, name: '違う中身' };
    await db.companies.put(renamed);
    expect(ivs).toHaveLength(2);
    forgetOpenedValues();
    expect(await db.companies.get(company.id)).toEqual(renamed);
  });
});
