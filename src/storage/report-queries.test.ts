import { beforeEach, describe, expect, it } from 'vitest';
import { buildSeeker } from '../../tests/factories';
import { REPORT_TODAY, reportDataSet } from '../../tests/factories/report-data-set';
import { deviceDbs } from '../../tests/setup/device-dbs';
import { computeGrantReport, prepareReport } from '../domain/grant-report';
import type { ReportInput, ReportRecords } from '../domain/grant-report-model';
import { RECORD_META_KEYS } from '../shared/fields';
import type { FieldDb } from './db';
import { bulkLoad, deleteRecord, saveRecord } from './record-repo';
import { pruneChangeLog } from './cached-copy';
import { forgetReportRecords, readReportInput, REPORT_COPY } from './report-input-cache';
import { readReportTables } from './report-queries';
import { REPORT_TABLES } from '../domain/grant-report-model';

const fieldsOf = <T extends object>(record: T) => {
  const copy = { ...record } as Record<string, unknown>;
  for (const key of RECORD_META_KEYS) delete copy[key];
  return copy as never;
};

describe('readReportInput', () => {
  const newDb = deviceDbs('report');
  let db: FieldDb;
  beforeEach(() => {
    db = newDb();
  });

  it('reads every record the report counts, so the report on the device equals the report on the records', async () => {
    const { input } = reportDataSet();
    for (const name of REPORT_TABLES) await bulkLoad(db, name, [...input[name]] as never);
    const read = await readReportInput(db);
    for (const name of REPORT_TABLES) expect(read[name], name).toHaveLength(input[name].length);
    // The device returns each table in id order; so does the copy the expected report is computed from.
    const byId = <T extends { id: string }>(records: readonly T[]) =>
      [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
    const sorted = Object.fromEntries(
      REPORT_TABLES.map((name) => [name, byId(input[name] as readonly { id: string }[])]),
    ) as unknown as ReportInput;
    const filter = { fiscalYear: 2026, month: null, town: null, ageGroup: null };
    expect(computeGrantReport(prepareReport(read), filter, REPORT_TODAY)).toEqual(
      computeGrantReport(prepareReport(sorted), filter, REPORT_TODAY),
    );
  });

  it('keeps a seeker deleted on this device as the tombstone erasure leaves (town, registration, birth month)', async () => {
    const saved = await saveRecord(
      db,
      'seekers',
      fieldsOf(buildSeeker({ town: 'biei', birthDate: '1966-09-20', registeredOn: '2026-05-21' })),
    );
    await deleteRecord(db, 'seekers', saved.id, new Date('2026-11-30T01:00:00Z'));
    const { seekers }: ReportRecords = await readReportInput(db);
    expect(seekers).toHaveLength(1);
    expect(seekers[0]).toMatchObject({
      id: saved.id,
      deleted: true,
      town: 'biei',
      registeredOn: '2026-05-21',
      birthDate: '1966-09-01',
      familyName: '',
    });
    const report = computeGrantReport(
      prepareReport(await readReportInput(db)),
      { fiscalYear: 2026, month: null, town: 'biei', ageGroup: null },
      REPORT_TODAY,
    );
    expect(report.kpis.seekersNew.ids).toEqual([saved.id]);
  });
});

describe('the cached copy of the report\'s records', () => {
  const newDb = deviceDbs('report-copy');
  let db: FieldDb;
  beforeEach(() => {
    db = newDb();
    forgetReportRecords();
  });

  /** The copy is saved a second after the read that had to build it. */
  const afterSave = () => new Promise((resolve) => setTimeout(resolve, 1_300));
  const token = async () => (await db.listCache.get(REPORT_COPY.written))?.token;
  /** Empties a table behind Dexie's back (no middleware sees it): only a copy can still answer. */
  const clearBehindTheBack = (name: string) =>
    new Promise<void>((resolve, reject) => {
      const tx = db.backendDB().transaction(name, 'readwrite');
      tx.objectStore(name).clear();
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  const filter = { fiscalYear: 2026, month: null, town: null, ageGroup: null };

  async function loadAndSaveCopy() {
    const { input } = reportDataSet();
    for (const name of REPORT_TABLES) await bulkLoad(db, name, [...input[name]] as never);
    const fromTables = await readReportInput(db);
    await afterSave();
    expect((await db.listCache.get(REPORT_COPY.copy))?.token).toBe(await token());
    forgetReportRecords(); // as at the next start of the app
    return fromTables;
  }

  it('gives the same report from the copy as from the tables, and keeps only the fields the report reads', async () => {
    const fromTables = await loadAndSaveCopy();
    await clearBehindTheBack('seekers');
    const fromCopy = await readReportInput(db);
    expect(fromCopy.seekers.length).toBeGreaterThan(0);
    expect(computeGrantReport(prepareReport(fromCopy), filter, REPORT_TODAY)).toEqual(
      computeGrantReport(prepareReport(fromTables), filter, REPORT_TODAY),
    );
    expect(Object.keys(fromCopy.seekers[0]!)).not.toContain('phone');
  });

  it('moves its token with a write to every table the report reads, and patches the copy with just the records written', async () => {
    for (const name of REPORT_TABLES) {
      const before = await token();
      await db.table(name).put({ id: `probe-${name}`, deleted: true });
      expect(await token(), name).not.toBe(before);
    }
    await loadAndSaveCopy();
    const company = reportDataSet().input.companies[0]!;
    await clearBehindTheBack('seekers');
    await db.companies.put({ ...company, name: '旭川パッチ製作所' });
    const patched = await readReportInput(db);
    // The seekers were not written since the copy (their clearing went unseen): they come from the copy.
    expect(patched.seekers.length).toBeGreaterThan(0);
    expect(patched.companies.find((c) => c.id === company.id)?.name).toBe('旭川パッチ製作所');
  });

  it('gives after any mix of writes the same records as a full read of the tables, in the same order', async () => {
    await loadAndSaveCopy();
    const { input } = reportDataSet();
    const seeker = input.seekers[0]!;
    await db.seekers.put({ ...seeker, town: 'biei' }); // changed
    await db.seekers.put({ ...seeker, id: '00000000-0000-4000-8000-000000000000' }); // new, sorts first
    await db.seekers.delete(input.seekers[1]!.id); // gone (a scope drop)
    await db.companies.put({ ...input.companies[0]!, deleted: true }); // a tombstone
    await db.attendance.clear(); // a range
    await db.statusChanges.bulkPut(input.statusChanges.map((c) => ({ ...c, to: 'hired' })) as never);
    expect(await readReportInput(db)).toEqual(await readReportTables(db));
    await afterSave();
    // The patched copy is saved under the current token, and its log goes with the save.
    expect((await db.listCache.get(REPORT_COPY.copy))?.token).toBe(await token());
    expect(await db.listCache.where('key').startsWith(REPORT_COPY.changes).count()).toBe(0);
    forgetReportRecords();
    expect(await readReportInput(db)).toEqual(await readReportTables(db));
  });

  it('ignores and then deletes a copy saved before the change log, which cannot be patched', async () => {
    const { input } = reportDataSet();
    for (const name of REPORT_TABLES) await bulkLoad(db, name, [...input[name]] as never);
    await db.listCache.put({ key: REPORT_COPY.retired, token: await token(), json: JSON.stringify({ seekers: [] }) });
    expect((await readReportInput(db)).seekers).toHaveLength(input.seekers.length);
    await afterSave();
    expect(await db.listCache.get(REPORT_COPY.retired)).toBeUndefined();
  });

  it('drops a change log nothing will read, and a copy whose log grew past patching', async () => {
    await db.seekers.put(reportDataSet().input.seekers[0]!);
    expect(await db.listCache.where('key').startsWith(REPORT_COPY.changes).count()).toBe(1);
    await pruneChangeLog(db, REPORT_COPY); // no copy
    expect(await db.listCache.where('key').startsWith(REPORT_COPY.changes).count()).toBe(0);

    await loadAndSaveCopy();
    const seeker = reportDataSet().input.seekers[0]!;
    await db.seekers.put({ ...seeker, town: 'biei' });
    // As 1,001 separate writes would leave it.
    await db.listCache.bulkPut(Array.from({ length: 1_000 }, (_, i) => ({ key: `${REPORT_COPY.changes}${i}`, table: 'seekers', ids: [seeker.id] })));
    await pruneChangeLog(db, REPORT_COPY);
    expect(await db.listCache.get(REPORT_COPY.copy)).toBeUndefined();
    expect(await db.listCache.where('key').startsWith(REPORT_COPY.changes).count()).toBe(0);
    expect(await readReportInput(db)).toEqual(await readReportTables(db));
  });

  it('stays in use after a write to a table the report does not read', async () => {
    await loadAndSaveCopy();
    const before = await token();
    await db.table('openings').put({ id: 'probe-opening', deleted: true });
    expect(await token()).toBe(before);
    await clearBehindTheBack('seekers');
    expect((await readReportInput(db)).seekers.length).toBeGreaterThan(0);
  });
});
