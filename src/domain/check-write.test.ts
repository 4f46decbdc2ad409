import { describe, expect, it } from 'vitest';
import { memoryReader } from '../../tests/factories/memory-reader';
import { attendanceId, feeIdOfPlacement, participantId, programmeSettingId } from '../shared/ids';
import { checkWrite } from './check-write';
import type { Actor, PlainRecord, WriteCheck } from './rule-types';

const TODAY = '2026-12-05';
const coordinator: Actor = { userId: 'u1', role: 'coordinator', schoolId: null };
const teacherA: Actor = { userId: 't1', role: 'teacher', schoolId: 'school-a' };

const seeker = { id: 'seeker-1', status: 'matching', birthDate: '1980-01-01' };
const company = { id: 'company-1', status: 'active', capacity: 1 };
const otherCompany = { id: 'company-2', status: 'active', capacity: 2 };
const consentAll = { id: 'consent-1', seekerId: 'seeker-1', date: '2026-11-01', withdrawnOn: '', scope: 'all_hosts', companyIds: [] };
const hired = { id: 'trial-hired', seekerId: 'seeker-1', companyId: 'company-1', status: 'hired', hiredOn: '2026-10-01' };
const inTrial = { id: 'trial-open', seekerId: 'seeker-1', companyId: 'company-1', status: 'in_trial', hiredOn: '' };
const programme = { id: 'prog-a', schoolId: 'school-a' };
const classDay = { id: 'session-class', programmeId: 'prog-a', schoolId: 'school-a', kind: 'pre_learning', date: '2026-11-10' };
const internDay = { id: 'session-intern', programmeId: 'prog-a', schoolId: 'school-a', kind: 'internship', date: '2026-11-20' };
const otherSchoolSession = { id: 'session-b', programmeId: 'prog-b', schoolId: 'school-b', kind: 'pre_learning', date: '2026-11-10' };
const studentA = { id: 'student-a', schoolId: 'school-a' };
const studentB = { id: 'student-b', schoolId: 'school-b' };
const internshipA = { id: 'int-1', studentId: 'student-a', schoolId: 'school-a', companyId: 'company-1', programmeId: 'prog-a', startDate: '2026-11-20', endDate: '2026-11-21', status: 'planned' };

const world = {
  seekers: [seeker],
  companies: [company, otherCompany],
  consents: [consentAll],
  trialPlacements: [hired, inTrial],
  schools: [{ id: 'school-a' }, { id: 'school-b' }],
  internshipProgrammes: [programme, { id: 'prog-b', schoolId: 'school-b' }],
  programmeSessions: [classDay, internDay, otherSchoolSession],
  students: [studentA, studentB],
  internships: [internshipA],
  programmeParticipants: [{ id: participantId('prog-a', 'student-a'), programmeId: 'prog-a', studentId: 'student-a', schoolId: 'school-a', withdrawn: false }],
};

const check = (c: Partial<WriteCheck> & Pick<WriteCheck, 'entity' | 'after'>, records: Partial<Record<string, PlainRecord[]>> = world) =>
  checkWrite({ op: 'upsert', id: String(c.after?.['id'] ?? 'new-id'), before: undefined, actor: coordinator, today: TODAY, reader: memoryReader(records), ...c });

describe('cross-record rules', () => {
  it('accepts a fee for a hired placement and refuses one for a placement still in trial', async () => {
    const fee = (placementId: string) => ({ id: feeIdOfPlacement(placementId), placementId, status: 'not_invoiced' });
    expect(await check({ entity: 'successFees', after: fee('trial-hired') })).toBeNull();
    expect(await check({ entity: 'successFees', after: fee('trial-open') })).toEqual({
      rule: 'fee-needs-hire',
      field: 'placementId',
      params: { status: 'in_trial' },
    });
  });

  it('refuses a proposal without consent, accepts it under consent to all hosts or naming the company', async () => {
    const proposal = { seekerId: 'seeker-1', companyId: 'company-1', status: 'proposed' };
    expect(await check({ entity: 'trialPlacements', after: proposal })).toBeNull();
    expect((await check({ entity: 'trialPlacements', after: proposal }, { ...world, consents: [] }))?.rule).toBe('consent-required');
    const named = { ...consentAll, scope: 'named', companyIds: ['company-2'] };
    expect((await check({ entity: 'trialPlacements', after: proposal }, { ...world, consents: [named] }))?.rule).toBe('consent-required');
    expect(await check({ entity: 'trialPlacements', after: { ...proposal, companyId: 'company-2' } }, { ...world, consents: [named] })).toBeNull();
  });

  it('refuses a proposal after the consent was withdrawn, and moving an arranged trial on once it is', async () => {
    const withdrawn = { ...consentAll, withdrawnOn: '2026-12-01' };
    const proposal = { seekerId: 'seeker-1', companyId: 'company-1', status: 'proposed' };
    expect((await check({ entity: 'trialPlacements', after: proposal }, { ...world, consents: [withdrawn] }))?.rule).toBe('consent-required');
    const arranging = { id: 'p', ...proposal, status: 'arranging' };
    const before = { ...arranging };
    const after = { ...arranging, status: 'in_trial' };
    expect((await check({ entity: 'trialPlacements', before, after }, { ...world, consents: [withdrawn] }))?.rule).toBe('consent-required');
  });

  it('marks attendance only for a student of the session’s school, and an internship day only for an assigned student', async () => {
    const mark = (sessionId: string, studentId: string, schoolId = 'school-a') => ({ id: attendanceId(sessionId, studentId), sessionId, studentId, schoolId, mark: 'present' });
    const write = (m: PlainRecord, actor = teacherA) => check({ entity: 'attendance', id: String(m['id']), after: m, actor });
    expect(await write(mark('session-class', 'student-a'))).toBeNull();
    expect(await write(mark('session-class', 'student-b'))).toEqual({ rule: 'school-mismatch', field: 'studentId', params: { entity: 'students' } });
    expect(await write(mark('session-b', 'student-b', 'school-a'))).toEqual({ rule: 'school-mismatch', field: 'sessionId', params: { entity: 'programmeSessions' } });
    expect(await write(mark('session-intern', 'student-a'))).toBeNull();
    const noInternship = { ...world, internships: [] };
    expect((await check({ entity: 'attendance', id: attendanceId('session-intern', 'student-a'), after: mark('session-intern', 'student-a'), actor: teacherA }, noInternship))?.rule).toBe('attendance-not-assigned');
    // An internship day at a named host: only the students placed at that host.
    const atOtherHost = { ...world, programmeSessions: [classDay, { ...internDay, companyId: 'company-2' }, otherSchoolSession] };
    expect((await check({ entity: 'attendance', id: attendanceId('session-intern', 'student-a'), after: mark('session-intern', 'student-a'), actor: teacherA }, atOtherHost))?.rule).toBe('attendance-not-assigned');
  });

  it('marks a class only for the programme’s participants, not one withdrawn from it', async () => {
    const mark = { id: attendanceId('session-class', 'student-a'), sessionId: 'session-class', studentId: 'student-a', schoolId: 'school-a', mark: 'present' };
    const write = (records: typeof world) => check({ entity: 'attendance', id: mark.id, after: mark, actor: teacherA }, records);
    expect((await write({ ...world, programmeParticipants: [] }))?.rule).toBe('attendance-not-assigned');
    expect((await write({ ...world, programmeParticipants: [{ ...world.programmeParticipants[0]!, withdrawn: true }] }))?.rule).toBe('attendance-not-assigned');
    // Clearing or changing a mark already given is not refused when the student left the programme since.
    expect(await check({ entity: 'attendance', id: mark.id, before: mark, after: { ...mark, mark: '' }, actor: teacherA }, { ...world, programmeParticipants: [] })).toBeNull();
  });

  it('keeps overlapping internships at a company within its capacity', async () => {
    const second = { id: 'int-2', studentId: 'student-a', schoolId: 'school-a', companyId: 'company-1', programmeId: '', startDate: '2026-11-21', endDate: '2026-11-22', status: 'planned' };
    expect(await check({ entity: 'internships', after: second })).toEqual({ rule: 'internship-capacity', field: 'companyId', params: { capacity: '1' } });
    expect(await check({ entity: 'internships', after: { ...second, startDate: '2026-11-23', endDate: '2026-11-24' } })).toBeNull();
    expect(await check({ entity: 'internships', after: { ...second, companyId: 'company-2' } })).toBeNull();
    expect(await check({ entity: 'internships', before: { ...second, status: 'planned', startDate: '2026-12-01' }, after: { ...second, status: 'cancelled' } })).toBeNull();
  });

  it('keeps placements within their opening’s places unless a reason is given, and the opening the same company’s', async () => {
    const opening = { id: 'opening-1', companyId: 'company-1', places: 1 };
    const holder = { id: 'holder', seekerId: 'seeker-1', companyId: 'company-1', openingId: 'opening-1', status: 'in_trial' };
    const records = { ...world, openings: [opening], trialPlacements: [holder] };
    const proposal = { seekerId: 'seeker-1', companyId: 'company-1', openingId: 'opening-1', status: 'proposed', overPlacesReason: '' };
    expect(await check({ entity: 'trialPlacements', after: proposal }, records)).toEqual({ rule: 'opening-places', field: 'overPlacesReason', params: { places: '1', taken: '1' } });
    expect(await check({ entity: 'trialPlacements', after: { ...proposal, overPlacesReason: '社長が2人目も受け入れると言っている' } }, records)).toBeNull();
    // A place freed by a trial that did not end in a hire can be taken again.
    expect(await check({ entity: 'trialPlacements', after: proposal }, { ...records, trialPlacements: [{ ...holder, status: 'not_hired' }] })).toBeNull();
    // Editing the holder itself does not count it twice.
    expect(await check({ entity: 'trialPlacements', id: 'holder', before: { ...holder, status: 'arranging' }, after: holder }, records)).toBeNull();
    expect((await check({ entity: 'trialPlacements', after: { ...proposal, companyId: 'company-2' } }, { ...records, consents: [consentAll] }))?.rule).toBe('opening-company');
  });

  it('checks retention only after a hire, on or after the hire date', async () => {
    expect(await check({ entity: 'retentionChecks', after: { placementId: 'trial-hired', date: '2026-11-01' } })).toBeNull();
    expect((await check({ entity: 'retentionChecks', after: { placementId: 'trial-hired', date: '2026-09-01' } }))?.field).toBe('date');
    expect((await check({ entity: 'retentionChecks', after: { placementId: 'trial-open', date: '2026-11-01' } }))?.rule).toBe('retention-needs-hire');
  });
});

describe('references', () => {
  it('refuses a reference to a missing or deleted record', async () => {
    expect(await check({ entity: 'counsellingRecords', after: { seekerId: 'nobody', date: TODAY } })).toEqual({ rule: 'reference-missing', field: 'seekerId', params: { entity: 'seekers' } });
    const deleted = { ...world, seekers: [{ ...seeker, deleted: true }] };
    expect((await check({ entity: 'counsellingRecords', after: { seekerId: 'seeker-1', date: TODAY } }, deleted))?.rule).toBe('reference-missing');
  });

  it('refuses a reference the writer may not see exactly like a missing one', async () => {
    const outOfScope = await check({ entity: 'internships', actor: teacherA, canReference: (e) => e !== 'companies', after: { ...internshipA, id: 'int-9', startDate: '2026-12-01', endDate: '2026-12-01' } });
    expect(outOfScope).toEqual({ rule: 'reference-missing', field: 'companyId', params: { entity: 'companies' } });
  });

  it('checks every id of a list of references', async () => {
    const consent = { seekerId: 'seeker-1', date: TODAY, scope: 'named', companyIds: ['company-1', 'company-x'] };
    expect(await check({ entity: 'consents', after: consent })).toEqual({ rule: 'reference-missing', field: 'companyIds', params: { entity: 'companies' } });
  });

  it('does not check a reference again when an edit leaves it as it was', async () => {
    const before = { id: 'c1', seekerId: 'gone', date: '2026-11-01', summary: 'a' };
    expect(await check({ entity: 'counsellingRecords', before, after: { ...before, summary: 'b' } })).toBeNull();
  });
});

describe('plausibility', () => {
  it('refuses a birth date in the future or outside ages 15–100, but not an unchanged one', async () => {
    const write = (birthDate: string) => check({ entity: 'seekers', after: { birthDate, status: 'registered' } });
    expect((await write('2030-04-01'))?.rule).toBe('birth-date-range');
    expect((await write('2011-12-06'))?.rule).toBe('birth-date-range');
    expect(await write('2011-12-05')).toBeNull();
    expect(await write('1926-12-04')).toBeNull();
    expect((await write('1925-12-05'))?.rule).toBe('birth-date-range');
    const before = { id: 's', birthDate: '1900-01-01', status: 'registered', notes: '' };
    expect(await check({ entity: 'seekers', before, after: { ...before, notes: 'x' } })).toBeNull();
  });

  it('refuses a visit or check-in dated more than a week ahead', async () => {
    expect(await check({ entity: 'companyVisits', after: { companyId: 'company-1', date: '2026-12-12' } })).toBeNull();
    expect(await check({ entity: 'companyVisits', after: { companyId: 'company-1', date: '2026-12-13' } })).toEqual({ rule: 'date-too-far-ahead', field: 'date', params: { days: '7' } });
    expect((await check({ entity: 'checkIns', after: { placementId: 'trial-open', date: '2027-06-01' } }))?.rule).toBe('date-too-far-ahead');
  });
});

describe('what may be written at all', () => {
  it('refuses a device’s write of a provision or a status history entry', async () => {
    expect((await check({ entity: 'provisions', after: { seekerId: 'seeker-1' } }))?.rule).toBe('server-written');
    expect((await check({ entity: 'statusChanges', after: {} }))?.rule).toBe('server-written');
  });

  it('refuses deleting attendance and consents (cleared or withdrawn instead), allows deleting a visit', async () => {
    expect((await check({ entity: 'attendance', op: 'delete', after: undefined }))?.rule).toBe('not-deletable');
    expect((await check({ entity: 'consents', op: 'delete', after: undefined }))?.rule).toBe('not-deletable');
    expect(await check({ entity: 'companyVisits', op: 'delete', after: undefined })).toBeNull();
  });

  it('refuses an attendance mark whose id is not derived from its session and student', async () => {
    const m = { sessionId: 'session-class', studentId: 'student-a', schoolId: 'school-a', mark: 'present' };
    expect((await check({ entity: 'attendance', id: 'another-id', after: m, actor: teacherA }))?.rule).toBe('derived-id');
  });

  it('lets only an admin write the programme settings, under the id of their fiscal year', async () => {
    const setting = { id: programmeSettingId(2026), fiscalYear: 2026, successFeeAmount: 150_000, programmeCost: 0 };
    expect(await check({ entity: 'programmeSettings', after: setting, actor: { ...coordinator, role: 'admin' } })).toBeNull();
    expect((await check({ entity: 'programmeSettings', after: setting }))?.rule).toBe('writer-role');
    expect((await check({ entity: 'programmeSettings', after: { ...setting, id: programmeSettingId(2025) }, actor: { ...coordinator, role: 'admin' } }))?.rule).toBe('derived-id');
  });

  it('refuses moving a placement to another seeker or company after it was proposed', async () => {
    expect(await check({ entity: 'trialPlacements', before: inTrial, after: { ...inTrial, companyId: 'company-2' } })).toEqual({ rule: 'immutable-field', field: 'companyId', params: {} });
  });

  it('lets the roles the registry names restore a deleted record, never an erased person', async () => {
    const visit = { id: 'v', companyId: 'company-1', date: '2026-11-01', deleted: true };
    expect(await check({ entity: 'companyVisits', op: 'restore', before: visit, after: { ...visit, deleted: false } })).toBeNull();
    expect((await check({ entity: 'companyVisits', op: 'restore', before: visit, after: visit, actor: { ...coordinator, role: 'counter' } }))?.rule).toBe('restore-role');
    expect((await check({ entity: 'seekers', op: 'restore', before: seeker, after: seeker, actor: { ...coordinator, role: 'admin' } }))?.rule).toBe('not-restorable');
  });
});
