/**
 * Schools and the internship programme: programmes, sessions, internships, attendance. An attendance
 * record's id is derived from its session and student, so overriding either re-derives the id.
 */
import {
  attendanceSchema,
  careerPlanSchema,
  programmeParticipantSchema,
  internshipProgrammeSchema,
  internshipSchema,
  programmeSessionSchema,
  schoolSchema,
  type Attendance,
  type CareerPlan,
  type ProgrammeParticipant,
  type Internship,
  type InternshipProgramme,
  type ProgrammeSession,
  type School,
} from '../../src/shared/entities';
import { attendanceId, careerPlanId, participantId } from '../../src/shared/ids';
import { meta } from '../../src/shared/demo/meta';
import { addDays, dateBetween, weekday } from '../../src/shared/demo/dates';
import {
  MAX_SCHOOLS,
  demoAttendance,
  demoInternship,
  demoProgramme,
  demoSchool,
  demoSessions,
} from '../../src/shared/demo/schools';
import { FACTORY_NOW, nextRng } from './sequence';

export function buildSchool(overrides: Partial<School> = {}): School {
  const rng = nextRng();
  const school = demoSchool(rng, { id: rng.uuid(), now: FACTORY_NOW, index: rng.int(0, MAX_SCHOOLS - 1) });
  return schoolSchema.parse({ ...school, ...overrides });
}

export function buildInternshipProgramme(overrides: Partial<InternshipProgramme> = {}): InternshipProgramme {
  const rng = nextRng();
  const programme = demoProgramme(rng, { id: rng.uuid(), now: FACTORY_NOW, schoolId: rng.uuid(), fiscalYear: 2026 });
  return internshipProgrammeSchema.parse({ ...programme, ...overrides });
}

export function buildProgrammeSession(overrides: Partial<ProgrammeSession> = {}): ProgrammeSession {
  const rng = nextRng();
  const programme = demoProgramme(rng, { id: rng.uuid(), now: FACTORY_NOW, schoolId: rng.uuid(), fiscalYear: 2026 });
  const session = rng.pick(demoSessions(rng, programme, { now: FACTORY_NOW, nextId: () => rng.uuid() }));
  return programmeSessionSchema.parse({ ...session, ...overrides });
}

export function buildInternship(overrides: Partial<Internship> = {}): Internship {
  const rng = nextRng();
  const internship = demoInternship(rng, {
    id: rng.uuid(),
    now: FACTORY_NOW,
    studentId: rng.uuid(),
    schoolId: rng.uuid(),
    companyId: rng.uuid(),
    programmeId: rng.uuid(),
    startDate: weekday(dateBetween(rng, '2025-07-01', addDays(FACTORY_NOW, 60))),
  });
  return internshipSchema.parse({ ...internship, ...overrides });
}

export function buildAttendance(overrides: Partial<Attendance> = {}): Attendance {
  const rng = nextRng();
  const session = { id: rng.uuid(), schoolId: rng.uuid(), date: dateBetween(rng, '2025-05-01', FACTORY_NOW) };
  const base = demoAttendance(rng, { now: FACTORY_NOW, session, studentId: rng.uuid() });
  const merged = { ...base, ...overrides };
  if (!('id' in overrides)) merged.id = attendanceId(merged.sessionId, merged.studentId);
  return attendanceSchema.parse(merged);
}

export function buildCareerPlan(overrides: Partial<CareerPlan> = {}): CareerPlan {
  const rng = nextRng();
  const programmeId = overrides.programmeId ?? rng.uuid();
  const studentId = overrides.studentId ?? rng.uuid();
  return careerPlanSchema.parse({
    ...meta(rng, careerPlanId(programmeId, studentId), FACTORY_NOW, '2026-09-20'),
    programmeId,
    studentId,
    schoolId: rng.uuid(),
    interestBefore: rng.int(1, 5),
    interestAfter: rng.int(1, 5),
    industries: [],
    comment: '',
    ...overrides,
  });
}

export function buildProgrammeParticipant(overrides: Partial<ProgrammeParticipant> = {}): ProgrammeParticipant {
  const rng = nextRng();
  const programmeId = overrides.programmeId ?? rng.uuid();
  const studentId = overrides.studentId ?? rng.uuid();
  return programmeParticipantSchema.parse({
    ...meta(rng, participantId(programmeId, studentId), FACTORY_NOW, '2026-04-20'),
    programmeId,
    studentId,
    schoolId: rng.uuid(),
    withdrawn: false,
    ...overrides,
  });
}
