/**
 * Seeded demo data for 上川中部: the app opens with something to see, the benchmark gets realistic
 * volumes, and the client and the sync server can each seed the same records with the same ids.
 * Deterministic by construction: every value comes from a seeded stream and `now`, never the clock.
 * Each entity has its own content stream and its own id stream, so e.g. longer notes do not change ids.
 */
import type { Company, EntityName, EntityRecord, Seeker, Student, TrialPlacement } from './entities';
import { addDays, fiscalYearOf, maxDate, minDate, weekday } from './demo/dates';
import { demoCompany, demoCompanyVisits, demoSuccessFee, demoTrialPlacement } from './demo/hosts';
import { counsellingDates, demoCounsellingRecord, demoSeeker, demoStudent } from './demo/people';
import { createRng, shuffled } from './demo/rng';
import { demoCheckIns, demoConsent, demoProvision, demoRetentionChecks } from './demo/trial-records';
import { demoAttendance, demoInternship, demoProgramme, demoSchool, demoSessions } from './demo/schools';

export type DemoDataOptions = {
  seed?: number;
  /** The demo's "today" (YYYY-MM-DD, or a datetime whose date part is used). */
  now?: string;
  seekers?: number;
  companies?: number;
  schools?: number;
  studentsPerSchool?: number;
  /** Upper bound: a seeker has at most two trials, so few seekers mean fewer. */
  trialPlacements?: number;
  counsellingPerSeeker?: readonly [number, number];
  /** Fiscal years of internship programmes per school, ending with the current one. */
  programmeYears?: number;
  /** Exact bounds for seeker notes length (characters); the sync benchmark uses [200, 800]. */
  notesLength?: readonly [number, number];
};

export type DemoData = { [E in EntityName]: EntityRecord<E>[] };

export const DEMO_DEFAULTS = {
  seed: 20200901,
  now: '2026-06-01',
  seekers: 300,
  companies: 120,
  schools: 6,
  studentsPerSchool: 40,
  trialPlacements: 160,
  counsellingPerSeeker: [0, 4] as const,
  programmeYears: 2,
} satisfies DemoDataOptions;

export function generateDemoData(options: DemoDataOptions = {}): DemoData {
  const o = { ...DEMO_DEFAULTS, ...options, now: (options.now ?? DEMO_DEFAULTS.now).slice(0, 10) };
  const { seed, now } = o;
  const ids = (entity: EntityName) => {
    const rng = createRng(seed, 'id', entity);
    return () => rng.uuid();
  };
  const out: DemoData = {
    seekers: [],
    counsellingRecords: [],
    companies: [],
    companyVisits: [],
    openings: [],
    trialPlacements: [],
    successFees: [],
    programmeSettings: [],
    schools: [],
    students: [],
    internshipProgrammes: [],
    programmeSessions: [],
    internships: [],
    attendance: [],
    checkIns: [],
    retentionChecks: [],
    consents: [],
    provisions: [],
    statusChanges: [],
  };

  const seekerRng = createRng(seed, 'seekers');
  const seekerId = ids('seekers');
  for (let i = 0; i < o.seekers; i++)
    out.seekers.push(demoSeeker(seekerRng, { id: seekerId(), now, notesLength: o.notesLength }));

  const counselRng = createRng(seed, 'counsellingRecords');
  const counselId = ids('counsellingRecords');
  for (const seeker of out.seekers) {
    const [min, max] = o.counsellingPerSeeker;
    for (const date of counsellingDates(counselRng, seeker.registeredOn, now, counselRng.int(min, max)))
      out.counsellingRecords.push(
        demoCounsellingRecord(counselRng, { id: counselId(), now, seekerId: seeker.id, date }),
      );
  }

  const companyRng = createRng(seed, 'companies');
  const companyId = ids('companies');
  const visitRng = createRng(seed, 'companyVisits');
  const visitId = ids('companyVisits');
  for (let i = 0; i < o.companies; i++) {
    const company = demoCompany(companyRng, { id: companyId(), now });
    const { visits, nextVisitDue } = demoCompanyVisits(visitRng, company, { now, nextId: visitId });
    out.companies.push({ ...company, nextVisitDue });
    out.companyVisits.push(...visits);
  }
  const hosts = out.companies.filter(
    (c) => c.status === 'active' || c.status === 'host_registered' || c.status === 'dormant',
  );

  addTrials(out, hosts, o.trialPlacements, now, seed, ids);
  addTrialRecords(out, now, seed, ids);
  addSchools(out, hosts, o, seed, ids);
  return out;
}

/** The demo's provisions name the demo coordinator account as the staff who proposed. */
export const DEMO_PROPOSING_USER = 'coordinator';

/** Check-ins and retention checks of each placement, each seeker's consent, each proposal's provision record. */
function addTrialRecords(out: DemoData, now: string, seed: number, ids: (e: EntityName) => () => string) {
  const rng = createRng(seed, 'trialRecords');
  const [checkInId, retentionId, consentId, provisionId] = (['checkIns', 'retentionChecks', 'consents', 'provisions'] as const).map(ids) as [
    () => string,
    () => string,
    () => string,
    () => string,
  ];
  for (const placement of out.trialPlacements) {
    out.checkIns.push(...demoCheckIns(rng, placement, { now, nextId: checkInId }));
    out.retentionChecks.push(...demoRetentionChecks(rng, placement, { now, nextId: retentionId }));
    out.provisions.push(demoProvision(rng, placement, { id: provisionId(), now, staffUserId: DEMO_PROPOSING_USER }));
  }
  const firstProposal = new Map<string, string>();
  for (const p of out.trialPlacements) {
    const day = p.createdAt.slice(0, 10);
    if (!firstProposal.has(p.seekerId) || day < firstProposal.get(p.seekerId)!) firstProposal.set(p.seekerId, day);
  }
  for (const seeker of out.seekers) {
    const consent = demoConsent(rng, seeker, { id: consentId(), now, firstProposal: firstProposal.get(seeker.id) ?? '' });
    if (consent) out.consents.push(consent);
  }
}

const CLOSED_WITHOUT_HIRE = new Set<TrialPlacement['status']>(['not_hired', 'withdrawn']);

function addTrials(
  out: DemoData,
  hosts: Company[],
  count: number,
  now: string,
  seed: number,
  ids: (e: EntityName) => () => string,
) {
  const rng = createRng(seed, 'trialPlacements');
  const trialId = ids('trialPlacements');
  const feeRng = createRng(seed, 'successFees');
  const feeId = ids('successFees');
  if (hosts.length === 0) return;
  const seekerIndex = new Map(out.seekers.map((s, i) => [s.id, i]));
  for (const seeker of shuffled(rng, out.seekers)) {
    if (out.trialPlacements.length >= count) break;
    let last: TrialPlacement | undefined;
    // A seeker whose first trial did not end in a hire is often matched with another company.
    for (let attempt = 0; attempt < 2 && out.trialPlacements.length < count; attempt++) {
      if (last && !(CLOSED_WITHOUT_HIRE.has(last.status) && rng.chance(0.45))) break;
      const company = rng.pick(hosts);
      const earliest = maxDate(last ? addDays(last.endDate, 14) : seeker.registeredOn, company.createdAt.slice(0, 10));
      // Most seekers start within weeks to months of registering; a few are still waiting for a match.
      const startDate = weekday(minDate(addDays(earliest, rng.int(14, 150)), addDays(now, rng.int(3, 45))));
      last = demoTrialPlacement(rng, { id: trialId(), now, seeker, company, startDate: maxDate(startDate, earliest) });
      out.trialPlacements.push(last);
      if (last.status === 'hired') out.successFees.push(demoSuccessFee(feeRng, { id: feeId(), now, placement: last }));
    }
    if (last) out.seekers[seekerIndex.get(seeker.id)!] = withTrialStatus(seeker, last, rng.chance(0.5));
  }
}

/** A seeker's status follows their latest trial; after a failed one they are matched again or close. */
function withTrialStatus(seeker: Seeker, trial: TrialPlacement, closeAfterFailure: boolean): Seeker {
  const status: Seeker['status'] =
    trial.status === 'hired'
      ? 'hired'
      : trial.status === 'in_trial'
        ? 'in_trial'
        : CLOSED_WITHOUT_HIRE.has(trial.status) && closeAfterFailure
          ? 'closed'
          : 'matching';
  return { ...seeker, status, updatedAt: maxDateTime(seeker.updatedAt, trial.updatedAt) };
}

const maxDateTime = (a: string, b: string) => (a > b ? a : b);

function addSchools(
  out: DemoData,
  hosts: Company[],
  o: Required<Pick<DemoDataOptions, 'schools' | 'studentsPerSchool' | 'programmeYears' | 'now'>>,
  seed: number,
  ids: (e: EntityName) => () => string,
) {
  const { now } = o;
  const rng = createRng(seed, 'schools');
  const [schoolId, studentId, programmeId, sessionId, internshipId] = (
    ['schools', 'students', 'internshipProgrammes', 'programmeSessions', 'internships'] as const
  ).map(ids) as [() => string, () => string, () => string, () => string, () => string];
  const studentRng = createRng(seed, 'students');
  const programmeRng = createRng(seed, 'internshipProgrammes');
  const internshipRng = createRng(seed, 'internships');
  const attendanceRng = createRng(seed, 'attendance');
  const currentYear = fiscalYearOf(now);
  for (let index = 0; index < o.schools; index++) {
    const school = demoSchool(rng, { id: schoolId(), now, index });
    // inProgramme '': a university student's holiday internship outside any school programme.
    const addInternship = (student: Student, inProgramme: string, startDate: string) =>
      out.internships.push(
        demoInternship(internshipRng, { id: internshipId(), now, studentId: student.id, schoolId: school.id, companyId: internshipRng.pick(hosts).id, programmeId: inProgramme, startDate }),
      );
    out.schools.push(school);
    const students: Student[] = [];
    for (let i = 0; i < o.studentsPerSchool; i++)
      students.push(demoStudent(studentRng, { id: studentId(), now, schoolId: school.id }));
    out.students.push(...students);
    for (let back = o.programmeYears - 1; back >= 0; back--) {
      const programme = demoProgramme(programmeRng, {
        id: programmeId(),
        now,
        schoolId: school.id,
        fiscalYear: currentYear - back,
      });
      out.internshipProgrammes.push(programme);
      const sessions = demoSessions(programmeRng, programme, { now, nextId: sessionId });
      out.programmeSessions.push(...sessions);
      // The programme is for second-years; last year's cohort is this year's third grade.
      const cohort = students.filter((s) => s.kind === 'high_school' && s.grade === 2 + back);
      for (const session of sessions) {
        if (session.date > now) continue;
        for (const student of cohort)
          out.attendance.push(demoAttendance(attendanceRng, { now, session, studentId: student.id }));
      }
      const internshipDay = sessions.find((s) => s.kind === 'internship')!.date;
      if (hosts.length === 0) continue;
      for (const student of cohort) addInternship(student, programme.id, internshipDay);
    }
    // University students home for the summer holidays try a host company outside any school programme.
    for (const student of students.filter((s) => s.kind === 'university')) {
      if (hosts.length === 0) break;
      addInternship(student, '', weekday(`${currentYear - internshipRng.int(0, 1)}-08-${String(internshipRng.int(10, 25))}`));
    }
  }
}
