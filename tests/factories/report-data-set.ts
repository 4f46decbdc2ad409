/**
 * A small programme with known grant-report answers (src/domain/grant-report.test.ts works them out by
 * hand): seekers, host companies, visits, trials, fees, retention checks, two schools' internship year and
 * career plans, each record named so a test asserts on names rather than uuids. Built to sit on the edges:
 * 31 March / 1 April and 30 April / 1 May, a status change whose UTC day is not its Japan day, a seeker
 * turning 60 between a trial's start and the hire, a deleted seeker (the tombstone erasure.ts leaves) whose
 * hire still counts, deleted records that do not, a student's holiday stay that is not a trial.
 */
import { withoutPersonalData } from '../../src/domain/erasure';
import type { ReportInput } from '../../src/domain/grant-report-model';
import type { PlainRecord } from '../../src/domain/rule-types';
import type { Seeker, TrialPlacement } from '../../src/shared/entities';
import {
  buildAttendance,
  buildCareerPlan,
  buildCompany,
  buildCompanyVisit,
  buildInternshipProgramme,
  buildProgrammeSession,
  buildProgrammeSetting,
  buildRetentionCheck,
  buildSchool,
  buildSeeker,
  buildStatusChange,
  buildStudent,
  buildSuccessFee,
  buildTrialPlacement,
} from './index';

/** The day the data set is looked at. */
export const REPORT_TODAY = '2026-12-20';

/** A readable uuid per name, and the name back from the uuid. */
function namer() {
  const byName = new Map<string, string>();
  const byId = new Map<string, string>();
  return {
    id(name: string): string {
      const known = byName.get(name);
      if (known) return known;
      const id = `00000000-0000-4000-8000-${(byName.size + 1).toString(16).padStart(12, '0')}`;
      byName.set(name, id);
      byId.set(id, name);
      return id;
    },
    /** Names a record whose id is derived (a career plan's, from its programme and student). */
    name(name: string, id: string): void {
      byName.set(name, id);
      byId.set(id, name);
    },
    /** The names of the ids, sorted (ids unknown here stay as they are). */
    names: (ids: readonly string[]) => ids.map((id) => byId.get(id) ?? id).sort(),
  };
}

const at = (jst: string) => `${jst}:00.000+09:00`;

export function reportDataSet() {
  const { id, name: nameDerived, names } = namer();
  const seeker = (name: string, fields: Partial<Seeker>) => buildSeeker({ id: id(name), ...fields });
  const trial = (name: string, fields: Partial<TrialPlacement>) => buildTrialPlacement({ id: id(name), ...fields });
  const statusMove = (entity: string, record: string, from: string, to: string, jst: string) =>
    buildStatusChange({ entity, recordId: id(record), field: 'status', from, to, changedAt: at(jst) });

  // The deleted seeker: born 20 Sep 1966, so 60 on 2026-09-20; the tombstone keeps 1966-09-01, and the report reads that.
  const deletedSeeker = {
    ...withoutPersonalData(
      'seekers',
      buildSeeker({
        id: id('S6-deleted'),
        town: 'higashikawa',
        gender: 'unanswered',
        birthDate: '1966-09-20',
        registeredOn: '2026-05-21',
        status: 'hired',
      }) as PlainRecord,
    ),
    deleted: true,
    updatedAt: '2026-11-30T01:00:00.000Z',
  } as Seeker;
  const seekers = [
    seeker('S1-mar31', {
      town: 'asahikawa',
      gender: 'female',
      birthDate: '1980-05-05',
      registeredOn: '2026-03-31',
      status: 'in_trial',
    }),
    seeker('S2-apr01', {
      town: 'asahikawa',
      gender: 'male',
      birthDate: '1990-01-01',
      registeredOn: '2026-04-01',
      status: 'hired',
    }),
    seeker('S3-apr30', {
      town: 'biei',
      gender: 'female',
      birthDate: '1970-02-02',
      registeredOn: '2026-04-30',
      status: 'matching',
    }),
    seeker('S4-may01-senior', {
      town: 'biei',
      gender: 'male',
      birthDate: '1955-03-03',
      registeredOn: '2026-05-01',
      status: 'matching',
    }),
    // 60 on 2026-08-15: 現役 when registered (June) and when the trial starts (1 Aug), シニア when hired (1 Oct).
    seeker('S5-turns60', {
      town: 'asahikawa',
      gender: 'female',
      birthDate: '1966-08-15',
      registeredOn: '2026-06-10',
      status: 'hired',
    }),
    deletedSeeker,
    seeker('S7-closed-mar15', {
      town: 'pippu',
      gender: 'male',
      birthDate: '1985-07-07',
      registeredOn: '2025-06-01',
      status: 'closed',
    }),
    seeker('S8-closed-apr01', {
      town: 'pippu',
      gender: 'female',
      birthDate: '1975-11-11',
      registeredOn: '2025-09-01',
      status: 'closed',
    }),
    // Closed with no status history: closes on the day it was last written.
    seeker('S9-closed-no-history', {
      town: 'toma',
      gender: 'other',
      birthDate: '1960-01-01',
      registeredOn: '2025-10-01',
      status: 'closed',
      updatedAt: at('2026-03-20T10:00'),
    }),
  ];

  const companies = [
    buildCompany({
      id: id('C1-asahikawa-host'),
      town: 'asahikawa',
      status: 'active',
      createdAt: at('2025-12-01T10:00'),
    }),
    // Created as a host at 01:00 on 1 April in Japan (31 March in UTC), with no status history.
    buildCompany({
      id: id('C2-biei-host'),
      town: 'biei',
      status: 'host_registered',
      createdAt: '2026-03-31T16:00:00.000Z',
    }),
    buildCompany({
      id: id('C3-higashikawa-visited'),
      town: 'higashikawa',
      status: 'visited',
      createdAt: at('2026-01-10T10:00'),
    }),
    { ...buildCompany({ id: id('C4-deleted'), town: 'asahikawa', status: 'host_registered' }), deleted: true },
    buildCompany({
      id: id('C5-toma-host-mar31'),
      town: 'toma',
      status: 'host_registered',
      createdAt: at('2026-02-01T10:00'),
    }),
  ];
  const visit = (name: string, company: string, date: string, deleted = false) => ({
    ...buildCompanyVisit({ id: id(name), companyId: id(company), date, nextVisitDate: '' }),
    deleted,
  });
  const companyVisits = [
    visit('V1-apr30', 'C1-asahikawa-host', '2026-04-30'),
    visit('V2-may01', 'C1-asahikawa-host', '2026-05-01'),
    visit('V3-mar31', 'C3-higashikawa-visited', '2026-03-31'),
    visit('V4-jul07', 'C3-higashikawa-visited', '2026-07-07'),
    visit('V5-of-deleted-company', 'C4-deleted', '2026-06-01'),
    visit('V6-deleted', 'C2-biei-host', '2026-09-09', true),
  ];

  const hired = (hiredOn: string) => ({ status: 'hired' as const, hiredOn, employmentType: 'regular' as const });
  // P3's seeker is deleted: the placement is scrubbed (its free text blanked), not deleted.
  const scrubbed = (p: TrialPlacement) => withoutPersonalData('trialPlacements', p as PlainRecord) as TrialPlacement;
  const trialPlacements = [
    trial('P1-hired-local', {
      seekerId: id('S2-apr01'),
      companyId: id('C1-asahikawa-host'),
      startDate: '2026-04-01',
      endDate: '2026-04-30',
      ...hired('2026-05-01'),
    }),
    trial('P2-hired-turns60', {
      seekerId: id('S5-turns60'),
      companyId: id('C2-biei-host'),
      startDate: '2026-08-01',
      endDate: '2026-09-15',
      ...hired('2026-10-01'),
    }),
    scrubbed(
      trial('P3-hired-deleted-seeker', {
        seekerId: id('S6-deleted'),
        companyId: id('C3-higashikawa-visited'),
        startDate: '2026-06-01',
        endDate: '2026-08-31',
        ...hired('2026-09-10'),
      }),
    ),
    trial('P4-not-hired', {
      seekerId: id('S3-apr30'),
      companyId: id('C1-asahikawa-host'),
      startDate: '2026-04-15',
      endDate: '2026-05-15',
      status: 'not_hired',
    }),
    trial('P5-withdrawn-in-trial', {
      seekerId: id('S4-may01-senior'),
      companyId: id('C1-asahikawa-host'),
      startDate: '2026-06-01',
      endDate: '2026-06-30',
      status: 'withdrawn',
    }),
    trial('P6-withdrawn-before-start', {
      seekerId: id('S1-mar31'),
      companyId: id('C1-asahikawa-host'),
      startDate: '2026-07-01',
      endDate: '2026-07-31',
      status: 'withdrawn',
    }),
    trial('P7-in-trial', {
      seekerId: id('S1-mar31'),
      companyId: id('C2-biei-host'),
      startDate: '2026-12-01',
      endDate: '2027-01-31',
      status: 'in_trial',
    }),
    trial('P8-proposed', {
      seekerId: id('S4-may01-senior'),
      companyId: id('C3-higashikawa-visited'),
      startDate: '2027-01-15',
      endDate: '2027-02-15',
      status: 'proposed',
    }),
    {
      ...trial('P9-deleted', {
        seekerId: id('S2-apr01'),
        companyId: id('C1-asahikawa-host'),
        startDate: '2026-06-01',
        endDate: '2026-06-20',
        ...hired('2026-07-01'),
      }),
      deleted: true,
    },
    trial('P10-hired-mar31', {
      seekerId: id('S1-mar31'),
      companyId: id('C5-toma-host-mar31'),
      startDate: '2026-02-01',
      endDate: '2026-03-15',
      ...hired('2026-03-31'),
    }),
    trial('P11-student-holiday', {
      seekerId: id('S2-apr01'),
      companyId: id('C1-asahikawa-host'),
      kind: 'student_holiday',
      startDate: '2026-08-10',
      endDate: '2026-08-20',
      ...hired('2026-08-21'),
    }),
    // Not hired with no status history: closes on its end date.
    trial('P12-not-hired-no-history', {
      seekerId: id('S3-apr30'),
      companyId: id('C3-higashikawa-visited'),
      startDate: '2026-10-01',
      endDate: '2026-10-31',
      status: 'not_hired',
    }),
  ];

  const statusChanges = [
    statusMove('seekers', 'S7-closed-mar15', 'matching', 'closed', '2026-03-15T10:00'),
    // 00:30 on 1 April in Japan: 31 March in UTC.
    buildStatusChange({
      entity: 'seekers',
      recordId: id('S8-closed-apr01'),
      field: 'status',
      from: 'matching',
      to: 'closed',
      changedAt: '2026-03-31T15:30:00.000Z',
    }),
    statusMove('companies', 'C1-asahikawa-host', 'visited', 'host_registered', '2026-04-10T10:00'),
    statusMove('companies', 'C1-asahikawa-host', 'host_registered', 'active', '2026-05-10T10:00'),
    statusMove('companies', 'C5-toma-host-mar31', 'visited', 'host_registered', '2026-03-31T23:59'),
    statusMove('trialPlacements', 'P4-not-hired', 'in_trial', 'not_hired', '2026-05-20T10:00'),
    statusMove('trialPlacements', 'P5-withdrawn-in-trial', 'in_trial', 'withdrawn', '2026-06-10T10:00'),
    statusMove('trialPlacements', 'P6-withdrawn-before-start', 'arranging', 'withdrawn', '2026-06-20T10:00'),
  ];

  const fee = (
    name: string,
    placement: string,
    amount: number,
    invoicedOn: string,
    paidOn: string,
    deleted = false,
  ) => ({
    ...buildSuccessFee({
      id: id(name),
      placementId: id(placement),
      amount,
      status: paidOn ? 'paid' : invoicedOn ? 'invoiced' : 'not_invoiced',
      invoicedOn,
      paidOn,
    }),
    deleted,
  });
  const successFees = [
    fee('F1-P1-paid', 'P1-hired-local', 150_000, '2026-05-31', '2026-06-30'),
    fee('F2-P2-invoiced', 'P2-hired-turns60', 150_000, '2026-10-31', ''),
    fee('F3-P3-not-invoiced', 'P3-hired-deleted-seeker', 150_000, '', ''),
    fee('F4-P10-paid-apr30', 'P10-hired-mar31', 120_000, '2026-04-01', '2026-04-30'),
    fee('F5-of-deleted-placement', 'P9-deleted', 150_000, '2026-07-10', '2026-08-01'),
    fee('F6-deleted', 'P2-hired-turns60', 99_999, '2026-10-31', '2026-11-01', true),
  ];

  const check = (
    placement: string,
    milestone: '1m' | '3m' | '6m',
    date: string,
    outcome: 'employed' | 'left' | 'unknown',
  ) =>
    buildRetentionCheck({
      placementId: id(placement),
      milestone,
      date,
      outcome,
      leftReason: outcome === 'left' ? 'health' : '',
    });
  const retentionChecks = [
    check('P1-hired-local', '3m', '2026-08-01', 'unknown'),
    check('P1-hired-local', '3m', '2026-08-05', 'employed'),
    check('P1-hired-local', '6m', '2026-11-02', 'left'),
    check('P3-hired-deleted-seeker', '3m', '2026-12-12', 'unknown'),
  ];

  const programmeSettings = [
    buildProgrammeSetting({ fiscalYear: 2025, programmeCost: 25_000_000 }),
    buildProgrammeSetting({ fiscalYear: 2026, programmeCost: 27_000_000 }),
  ];

  const schools = [
    buildSchool({ id: id('SchA-asahikawa'), town: 'asahikawa' }),
    buildSchool({ id: id('SchB-biei'), town: 'biei' }),
    { ...buildSchool({ id: id('SchC-deleted'), town: 'asahikawa' }), deleted: true },
  ];
  const student = (name: string, school: string, deleted = false) => ({
    ...buildStudent({ id: id(name), schoolId: id(school) }),
    deleted,
  });
  const students = [
    student('st1', 'SchA-asahikawa'),
    student('st2', 'SchA-asahikawa'),
    student('st3', 'SchA-asahikawa'),
    student('st4', 'SchA-asahikawa'),
    student('st5', 'SchB-biei'),
    student('st6', 'SchB-biei'),
    student('st7', 'SchC-deleted'),
    student('st8-deleted', 'SchA-asahikawa', true),
  ];
  const programme = (name: string, school: string, fiscalYear: number) =>
    buildInternshipProgramme({ id: id(name), schoolId: id(school), fiscalYear });
  const internshipProgrammes = [
    programme('PA-2026', 'SchA-asahikawa', 2026),
    programme('PB-2026', 'SchB-biei', 2026),
    programme('PA-2025', 'SchA-asahikawa', 2025),
    programme('PC-2026', 'SchC-deleted', 2026),
  ];
  const session = (
    name: string,
    prog: string,
    school: string,
    kind: 'pre_learning' | 'internship' | 'post_learning',
    date: string,
    deleted = false,
  ) => ({
    ...buildProgrammeSession({ id: id(name), programmeId: id(prog), schoolId: id(school), kind, date }),
    deleted,
  });
  const programmeSessions = [
    session('SA1-pre-may10', 'PA-2026', 'SchA-asahikawa', 'pre_learning', '2026-05-10'),
    session('SA2-intern-jul20', 'PA-2026', 'SchA-asahikawa', 'internship', '2026-07-20'),
    session('SA3-post-oct05', 'PA-2026', 'SchA-asahikawa', 'post_learning', '2026-10-05'),
    session('SA4-deleted', 'PA-2026', 'SchA-asahikawa', 'pre_learning', '2026-06-15', true),
    session('SB1-pre-may12', 'PB-2026', 'SchB-biei', 'pre_learning', '2026-05-12'),
    session('SB2-intern-apr30', 'PB-2026', 'SchB-biei', 'internship', '2026-04-30'),
    session('SA25-pre-mar31', 'PA-2025', 'SchA-asahikawa', 'pre_learning', '2026-03-31'),
    session('SC1-of-deleted-school', 'PC-2026', 'SchC-deleted', 'pre_learning', '2026-06-01'),
  ];
  const mark = (
    sess: string,
    school: string,
    stud: string,
    value: '' | 'present' | 'absent' | 'late' | 'left_early' | 'excused',
    deleted = false,
  ) => ({
    ...buildAttendance({ sessionId: id(sess), studentId: id(stud), schoolId: id(school), mark: value }),
    deleted,
  });
  const attendance = [
    mark('SA1-pre-may10', 'SchA-asahikawa', 'st1', 'present'),
    mark('SA1-pre-may10', 'SchA-asahikawa', 'st2', 'absent'),
    mark('SA1-pre-may10', 'SchA-asahikawa', 'st3', 'excused'),
    mark('SA1-pre-may10', 'SchA-asahikawa', 'st4', ''),
    mark('SA1-pre-may10', 'SchA-asahikawa', 'st8-deleted', 'present'),
    mark('SA2-intern-jul20', 'SchA-asahikawa', 'st1', 'late'),
    mark('SA2-intern-jul20', 'SchA-asahikawa', 'st2', 'left_early'),
    mark('SA2-intern-jul20', 'SchA-asahikawa', 'st3', 'absent'),
    mark('SA3-post-oct05', 'SchA-asahikawa', 'st1', 'present'),
    mark('SA3-post-oct05', 'SchA-asahikawa', 'st2', 'present'),
    mark('SA3-post-oct05', 'SchA-asahikawa', 'st3', 'present', true),
    mark('SA4-deleted', 'SchA-asahikawa', 'st4', 'present'),
    mark('SB1-pre-may12', 'SchB-biei', 'st5', 'present'),
    mark('SB1-pre-may12', 'SchB-biei', 'st6', 'present'),
    mark('SB2-intern-apr30', 'SchB-biei', 'st5', 'absent'),
    mark('SA25-pre-mar31', 'SchA-asahikawa', 'st1', 'present'),
    mark('SC1-of-deleted-school', 'SchC-deleted', 'st7', 'present'),
  ];
  const plan = (
    name: string,
    prog: string,
    school: string,
    stud: string,
    interestBefore: number | null,
    interestAfter: number | null,
  ) => {
    const record = buildCareerPlan({
      programmeId: id(prog),
      studentId: id(stud),
      schoolId: id(school),
      interestBefore,
      interestAfter,
    });
    nameDerived(name, record.id);
    return record;
  };
  const plans = [
    plan('CP1-rose', 'PA-2026', 'SchA-asahikawa', 'st1', 2, 4),
    plan('CP2-same', 'PA-2026', 'SchA-asahikawa', 'st2', 3, 3),
    plan('CP3-fell', 'PB-2026', 'SchB-biei', 'st5', 4, 3),
    plan('CP4-no-before', 'PA-2026', 'SchA-asahikawa', 'st3', null, 5),
    plan('CP5-last-year', 'PA-2025', 'SchA-asahikawa', 'st1', 1, 5),
    plan('CP6-rose', 'PB-2026', 'SchB-biei', 'st6', 3, 4),
  ];

  const input: ReportInput = {
    seekers,
    companies,
    companyVisits,
    openings: [],
    trialPlacements,
    successFees,
    retentionChecks,
    programmeSettings,
    statusChanges,
    schools,
    students,
    internshipProgrammes,
    programmeSessions,
    programmeParticipants: [],
    internships: [],
    attendance,
    careerPlans: plans,
  };
  return { input, id, names };
}
