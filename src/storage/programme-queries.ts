/**
 * The internship programme screens' reads: a fiscal year's programmes, one programme with its sessions
 * (each with its roster's attendance so far), its participants and career plans, and one session with
 * what its form and page need. Tombstones are left out everywhere; a teacher's device holds only its
 * school's records (the server's scope), so nothing here filters by school beyond what is asked.
 */
import { sessionProgress, type SessionProgress } from '../domain/programme-roster';
import { placesHeldByOthers } from '../domain/internship-assignment';
import { compareStudents } from '../domain/school-programme';
import type { Attendance, CareerPlan, Internship, InternshipProgramme, ProgrammeParticipant, ProgrammeSession, School, Student } from '../shared/entities';
import { toSearchKey } from '../shared/kana';
import type { FieldDb } from './db';
import { namesOf } from './related-queries';
import { withoutSearchFields } from './search-fields';

const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);
const bySessionOrder = (a: ProgrammeSession, b: ProgrammeSession) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime);

export type ProgrammeRow = { programme: InternshipProgramme; schoolName: string; participants: number; sessions: number; nextSession: ProgrammeSession | undefined };

/** A fiscal year's programmes (of one school, or all), by school reading then title, with their sizes. */
export async function listProgrammes(db: FieldDb, { fiscalYear, schoolId, today }: { fiscalYear: number; schoolId: string; today: string }): Promise<ProgrammeRow[]> {
  const programmes = live(await db.internshipProgrammes.where('fiscalYear').equals(fiscalYear).toArray()).filter((p) => schoolId === '' || p.schoolId === schoolId);
  const ids = programmes.map((p) => p.id);
  const [schools, participants, sessions] = await Promise.all([
    db.schools.bulkGet([...new Set(programmes.map((p) => p.schoolId))]),
    db.programmeParticipants.where('programmeId').anyOf(ids).toArray(),
    db.programmeSessions.where('programmeId').anyOf(ids).toArray(),
  ]);
  const school = new Map(schools.filter((s) => s !== undefined).map((s) => [s.id, s]));
  const rows = programmes.map((programme) => {
    const own = live(sessions).filter((s) => s.programmeId === programme.id).sort(bySessionOrder);
    return {
      programme,
      schoolName: school.get(programme.schoolId)?.name ?? '',
      participants: live(participants).filter((p) => p.programmeId === programme.id && !p.withdrawn).length,
      sessions: own.length,
      nextSession: own.find((s) => s.date >= today),
    };
  });
  const reading = (id: string) => school.get(id)?.nameKana ?? '';
  return rows.sort((a, b) => reading(a.programme.schoolId).localeCompare(reading(b.programme.schoolId), 'ja') || a.programme.title.localeCompare(b.programme.title, 'ja'));
}

/** The fiscal years that have a programme on the device. */
export async function programmeYears(db: FieldDb): Promise<number[]> {
  return (await db.internshipProgrammes.orderBy('fiscalYear').uniqueKeys()) as number[];
}

export type SessionSummary = { session: ProgrammeSession; hostName: string; progress: SessionProgress<Student> };
export type ParticipantRow = { participant: ProgrammeParticipant; student: Student };
export type ProgrammeOverview = {
  programme: InternshipProgramme;
  school: School | undefined;
  sessions: SessionSummary[];
  /** Withdrawn ones too (they show as such); class-list order. */
  participants: ParticipantRow[];
  /** The school's students, for adding classes or one student. */
  schoolStudents: Student[];
  internships: Internship[];
  careerPlans: CareerPlan[];
};

/** What the roster of any session of a programme depends on: its participants, their records and internships. */
async function rosterInputs(db: FieldDb, programme: InternshipProgramme) {
  const [participants, schoolStudents] = await Promise.all([
    live(await db.programmeParticipants.where('programmeId').equals(programme.id).toArray()),
    live(await db.students.where('schoolId').equals(programme.schoolId).toArray()).map((s) => withoutSearchFields(s) as Student),
  ]);
  // A student's internships of this programme, and of none (a day arranged outside the programme still covers them).
  const internships = live(await db.internships.where('studentId').anyOf(participants.map((p) => p.studentId)).toArray()).filter(
    (i) => i.programmeId === programme.id || i.programmeId === '',
  );
  return { participants, schoolStudents, internships };
}

const progressOf = (session: ProgrammeSession, inputs: Awaited<ReturnType<typeof rosterInputs>>, attendance: readonly Attendance[]) =>
  sessionProgress(session, inputs.schoolStudents, inputs.participants, inputs.internships, attendance.filter((a) => a.sessionId === session.id));

export async function readProgramme(db: FieldDb, programmeId: string): Promise<ProgrammeOverview | null> {
  const programme = await db.internshipProgrammes.get(programmeId);
  if (!programme || programme.deleted) return null;
  const [school, sessions, inputs, careerPlans] = await Promise.all([
    db.schools.get(programme.schoolId),
    db.programmeSessions.where('programmeId').equals(programmeId).toArray(),
    rosterInputs(db, programme),
    db.careerPlans.where('programmeId').equals(programmeId).toArray(),
  ]);
  const ordered = live(sessions).sort(bySessionOrder);
  const [attendance, hosts] = await Promise.all([
    db.attendance.where('sessionId').anyOf(ordered.map((s) => s.id)).toArray(),
    namesOf(db, 'companies', ordered.map((s) => s.companyId).filter((id) => id !== '')),
  ]);
  const student = new Map(inputs.schoolStudents.map((s) => [s.id, s]));
  return {
    programme,
    school: school && !school.deleted ? (withoutSearchFields(school) as School) : undefined,
    sessions: ordered.map((session) => ({ session, hostName: hosts.get(session.companyId) ?? '', progress: progressOf(session, inputs, live(attendance)) })),
    participants: inputs.participants
      .filter((p) => student.has(p.studentId))
      .map((participant) => ({ participant, student: student.get(participant.studentId)! }))
      .sort((a, b) => compareStudents(a.student, b.student)),
    schoolStudents: inputs.schoolStudents,
    internships: inputs.internships,
    careerPlans: live(careerPlans),
  };
}

export type SessionDetail = SessionSummary & Pick<ProgrammeOverview, 'programme' | 'participants' | 'internships' | 'careerPlans'>;

/** One session with its programme's roster inputs (for its page and its form). */
export async function readSession(db: FieldDb, sessionId: string): Promise<SessionDetail | null> {
  const session = await db.programmeSessions.get(sessionId);
  if (!session || session.deleted) return null;
  const overview = await readProgramme(db, session.programmeId);
  const summary = overview?.sessions.find((s) => s.session.id === sessionId);
  if (!overview || !summary) return null;
  return { ...summary, programme: overview.programme, participants: overview.participants, internships: overview.internships, careerPlans: overview.careerPlans };
}

export type HostPlaces = { capacity: number | null; heldByOthers: number };

/**
 * The host's capacity and the places other internships hold on the session's day (the capacity rule's
 * count, this day's own assignments left out). capacity null: the device holds only the host's name.
 */
export async function hostPlaces(db: FieldDb, session: Pick<ProgrammeSession, 'id' | 'programmeId' | 'schoolId' | 'kind' | 'date' | 'companyId'>): Promise<HostPlaces | null> {
  if (session.companyId === '') return null;
  const [company, atHost] = await Promise.all([db.companies.get(session.companyId), db.internships.where('companyId').equals(session.companyId).toArray()]);
  if (!company || company.deleted) return null;
  const capacity = typeof (company as { capacity?: unknown }).capacity === 'number' ? company.capacity : null;
  return { capacity, heldByOthers: placesHeldByOthers(session, live(atHost)) };
}

/** Up to `limit` of a school's students whose name or reading (any kana form) contains `text`. */
export async function matchStudents(db: FieldDb, schoolId: string, text: string, limit: number): Promise<Student[]> {
  const key = toSearchKey(text);
  if (key === '') return [];
  const rows = await db.students.where('schoolId').equals(schoolId).filter((s) => !s.deleted && (s._text ?? '').includes(key)).limit(limit).toArray();
  return rows.map((s) => withoutSearchFields(s) as Student);
}
