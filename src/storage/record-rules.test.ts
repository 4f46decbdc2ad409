/**
 * The device's write path runs the domain rules before it writes (record-repo.ts): a refused write
 * stores nothing and queues nothing; what the rules derive is written in the same transaction; a
 * person's delete erases their data in the same transaction; derived ids can be created directly.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildCompany, buildCompanyVisit, buildConsent, buildCounsellingRecord, buildProgrammeSetting, buildSeeker, buildTrialPlacement } from '../../tests/factories';
import { deviceDbs } from '../../tests/setup/device-dbs';
import { attendanceId, feeIdOfPlacement, participantId, provisionIdOfPlacement } from '../shared/ids';
import type { FieldDb } from './db';
import { restoreLosingValue } from './conflict-repo';
import { bulkLoad, deleteRecord, getRecord, restoreRecord, RuleError, saveRecord } from './record-repo';

const strip = <T extends Record<string, unknown>>(r: T) => {
  const { id: _i, createdAt: _c, updatedAt: _u, version: _v, deleted: _d, ...fields } = r;
  return fields;
};
const NOW = new Date('2026-12-05T10:00:00+09:00');
const coordinator = { userId: 'u1', role: 'coordinator' as const, schoolId: null };

describe('rules on the device’s write path', () => {
  const newDb = deviceDbs('rules');
  let db: FieldDb;
  beforeEach(() => {
    db = newDb();
  });

  it('refuses 採用 → 提案 with a RuleError naming the rule, and writes nothing', async () => {
    const placement = buildTrialPlacement({ status: 'hired' });
    await bulkLoad(db, 'trialPlacements', [placement]);
    const error = await saveRecord(db, 'trialPlacements', { ...strip(placement), status: 'proposed' } as never, placement.id, NOW, coordinator).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleError);
    expect((error as RuleError).violation).toEqual({ rule: 'status-reopen', field: 'status', params: { from: 'hired', to: 'proposed' } });
    expect(await db.outbox.count()).toBe(0);
    expect((await getRecord(db, 'trialPlacements', placement.id))?.status).toBe('hired');
  });

  it('refuses a birth date in the future before it reaches the outbox', async () => {
    const error = await saveRecord(db, 'seekers', { ...strip(buildSeeker()), birthDate: '2030-04-01' } as never, undefined, NOW, coordinator).catch((e: unknown) => e);
    expect((error as RuleError).violation.rule).toBe('birth-date-range');
    expect(await db.outbox.count()).toBe(0);
  });

  it('proposes a trial only under consent, and writes the provision record beside it (locally, with no outbox entry of its own)', async () => {
    const seeker = buildSeeker();
    const company = buildCompany({ status: 'active' });
    await bulkLoad(db, 'seekers', [seeker]);
    await bulkLoad(db, 'companies', [company]);
    const fields = { ...strip(buildTrialPlacement({ status: 'proposed' })), seekerId: seeker.id, companyId: company.id } as never;
    const refused = await saveRecord(db, 'trialPlacements', fields, undefined, NOW, coordinator).catch((e: unknown) => e);
    expect((refused as RuleError).violation.rule).toBe('consent-required');
    await bulkLoad(db, 'consents', [buildConsent({ seekerId: seeker.id, date: '2026-12-01' })]);
    const saved = await saveRecord(db, 'trialPlacements', fields, undefined, NOW, coordinator);
    expect(await db.provisions.get(provisionIdOfPlacement(saved.id))).toMatchObject({ seekerId: seeker.id, companyId: company.id, date: '2026-12-05', version: 0 });
    expect((await db.outbox.toArray()).map((m) => m.entity)).toEqual(['trialPlacements']);
  });

  it('brings the follow-ups with a write, each an outbox write of its own: a hire’s fee at the year’s amount and the host’s status', async () => {
    const company = buildCompany({ status: 'host_registered' });
    const placement = buildTrialPlacement({ companyId: company.id, status: 'arranging', startDate: '2026-11-02', endDate: '2026-11-27' });
    await bulkLoad(db, 'companies', [company]);
    await bulkLoad(db, 'trialPlacements', [placement]);
    await bulkLoad(db, 'consents', [buildConsent({ seekerId: placement.seekerId, date: '2026-10-01' })]);
    await bulkLoad(db, 'programmeSettings', [buildProgrammeSetting({ fiscalYear: 2026, successFeeAmount: 180_000 })]);
    await saveRecord(db, 'trialPlacements', { ...strip(placement), status: 'in_trial' } as never, placement.id, NOW, coordinator);
    expect((await getRecord(db, 'companies', company.id))?.status).toBe('active');
    await saveRecord(db, 'trialPlacements', { ...strip(placement), status: 'hired', hiredOn: '2026-12-01', employmentType: 'regular' } as never, placement.id, NOW, coordinator);
    expect(await getRecord(db, 'successFees', feeIdOfPlacement(placement.id))).toMatchObject({ placementId: placement.id, amount: 180_000, status: 'not_invoiced' });
    expect((await getRecord(db, 'companies', company.id))?.status).toBe('host_registered');
    expect((await db.outbox.toArray()).map((m) => m.entity)).toEqual(['trialPlacements', 'companies', 'trialPlacements', 'companies', 'successFees']);
    // Recording the hire again (another edit) does not make a second fee or change the first.
    await saveRecord(db, 'trialPlacements', { ...strip(placement), status: 'hired', hiredOn: '2026-12-01', employmentType: 'contract' } as never, placement.id, NOW, coordinator);
    expect(await db.successFees.count()).toBe(1);
  });

  it('moves a 見込み company to 訪問済 with its first visit', async () => {
    const company = buildCompany({ status: 'prospect' });
    await bulkLoad(db, 'companies', [company]);
    await saveRecord(db, 'companyVisits', { ...strip(buildCompanyVisit()), companyId: company.id, date: '2026-12-05', nextVisitDate: '' } as never, undefined, NOW, coordinator);
    expect((await getRecord(db, 'companies', company.id))?.status).toBe('visited');
  });

  it('creates an attendance mark under its derived id and updates it there, never a second record', async () => {
    const sessionId = crypto.randomUUID();
    const studentId = crypto.randomUUID();
    const schoolId = crypto.randomUUID();
    await bulkLoad(db, 'schools', [{ id: schoolId, name: '旭川東高校', nameKana: 'アサヒカワヒガシ', town: 'asahikawa', teacherInCharge: '佐藤', phone: '', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), version: 1, deleted: false }]);
    await bulkLoad(db, 'internshipProgrammes', [{ id: crypto.randomUUID(), schoolId, fiscalYear: 2026, title: 'x', notes: '', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), version: 1, deleted: false }]);
    const programmeId = (await db.internshipProgrammes.toArray())[0]!.id;
    await bulkLoad(db, 'programmeSessions', [{ id: sessionId, programmeId, schoolId, kind: 'pre_learning', date: '2026-12-05', title: '事前学習', startTime: '', endTime: '', place: '', companyId: '', notes: '', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), version: 1, deleted: false }]);
    await bulkLoad(db, 'students', [{ id: studentId, schoolId, kind: 'high_school', familyName: '高橋', givenName: '葵', familyNameKana: 'タカハシ', givenNameKana: 'アオイ', grade: 2, className: '1', number: 1, plan: 'undecided', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), version: 1, deleted: false }]);
    await bulkLoad(db, 'programmeParticipants', [{ id: participantId(programmeId, studentId), programmeId, studentId, schoolId, withdrawn: false, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), version: 1, deleted: false }]);
    const id = attendanceId(sessionId, studentId);
    const mark = (m: string) => saveRecord(db, 'attendance', { sessionId, studentId, schoolId, mark: m, note: '' } as never, id, NOW, { userId: 't', role: 'teacher', schoolId });
    await mark('present');
    await mark('');
    await mark('late');
    expect(await db.attendance.count()).toBe(1);
    expect((await getRecord(db, 'attendance', id))?.mark).toBe('late');
    expect((await db.outbox.toArray()).map((m) => m.patch['mark'])).toEqual(['present', '', 'late']);
    const refused = await deleteRecord(db, 'attendance', id, NOW).catch((e: unknown) => e);
    expect((refused as RuleError).violation.rule).toBe('not-deletable');
  });

  it('erases a deleted seeker’s counselling notes and consent notes in the same transaction, each with an outbox entry', async () => {
    const seeker = buildSeeker();
    const note = buildCounsellingRecord({ seekerId: seeker.id });
    const consent = buildConsent({ seekerId: seeker.id, note: '電話で確認' });
    await bulkLoad(db, 'seekers', [seeker]);
    await bulkLoad(db, 'counsellingRecords', [note]);
    await bulkLoad(db, 'consents', [consent]);
    await deleteRecord(db, 'seekers', seeker.id, NOW, coordinator);
    expect(await db.seekers.get(seeker.id)).toMatchObject({ deleted: true, familyName: '', phone: '', notes: '' });
    expect(await db.counsellingRecords.get(note.id)).toMatchObject({ deleted: true, summary: '' });
    expect(await db.consents.get(consent.id)).toMatchObject({ deleted: false, note: '' });
    expect((await db.outbox.toArray()).map((m) => [m.entity, m.op])).toEqual([
      ['seekers', 'delete'],
      ['counsellingRecords', 'delete'],
      ['consents', 'upsert'],
    ]);
  });

  it('restores a deleted company for a coordinator, as a write of its own', async () => {
    const company = buildCompany();
    await bulkLoad(db, 'companies', [company]);
    await deleteRecord(db, 'companies', company.id, NOW, coordinator);
    await restoreRecord(db, 'companies', company.id, NOW, coordinator);
    expect(await getRecord(db, 'companies', company.id)).toMatchObject({ name: company.name });
    expect((await db.outbox.toArray()).map((m) => m.op)).toEqual(['delete', 'restore']);
  });
});

describe('restoring a losing value', () => {
  const newDb = deviceDbs('restore-conflict');

  it('saves through the rules inside the review transaction', async () => {
    const db = newDb();
    const company = buildCompany({ name: '今の名前' });
    await bulkLoad(db, 'companies', [company]);
    const conflict = {
      id: crypto.randomUUID(), entity: 'companies' as const, recordId: company.id, kind: 'field' as const, field: 'name', winner: 'incoming' as const,
      serverValue: '今の名前', losingValue: '前の名前', baseVersion: 0, recordVersion: 1, mutationId: crypto.randomUUID(), clientId: 'd', userId: 'u',
      createdAt: NOW.toISOString(), resolved: false, resolvedAt: null, resolvedBy: null,
    };
    await db.conflicts.put(conflict);
    await restoreLosingValue(db, conflict, NOW);
    expect((await getRecord(db, 'companies', company.id))?.name).toBe('前の名前');
    expect((await db.conflicts.get(conflict.id))?.resolvePending).toBe(true);
  });
});
