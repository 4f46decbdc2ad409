import { beforeEach, describe, expect, it } from 'vitest';
import { buildSeeker } from '../../tests/factories';
import { REPORT_TODAY, reportDataSet } from '../../tests/factories/report-data-set';
import { deviceDbs } from '../../tests/setup/device-dbs';
import { computeGrantReport, prepareReport } from '../domain/grant-report';
import type { ReportInput } from '../domain/grant-report-model';
import { RECORD_META_KEYS } from '../shared/fields';
import type { FieldDb } from './db';
import { bulkLoad, deleteRecord, saveRecord } from './record-repo';
import { readReportInput, REPORT_TABLE_NAMES } from './report-queries';

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
    for (const name of REPORT_TABLE_NAMES) await bulkLoad(db, name, [...input[name]] as never);
    const read = await readReportInput(db);
    for (const name of REPORT_TABLE_NAMES) expect(read[name], name).toHaveLength(input[name].length);
    // The device returns each table in id order; so does the copy the expected report is computed from.
    const byId = <T extends { id: string }>(records: readonly T[]) =>
      [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
    const sorted = Object.fromEntries(
      REPORT_TABLE_NAMES.map((name) => [name, byId(input[name] as readonly { id: string }[])]),
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
    const { seekers }: ReportInput = await readReportInput(db);
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
