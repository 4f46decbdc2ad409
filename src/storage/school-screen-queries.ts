/**
 * The reads of the school and student screens: the school list, a school's students and marks, a
 * student's marks per session and the programmes the student takes part in. A few hundred schools
 * and a few hundred students per school, so filtered scans over an index are plenty. Rates are not
 * computed here: the screens hand the marks to tallyMarks (src/domain/school-programme.ts).
 */
import { compareStudents, isOnRoster, type MarkOrNone } from '../domain/school-programme';
import type { Town } from '../shared/codes';
import type { InternshipProgramme, ProgrammeSession, School, Student } from '../shared/entities';
import { toSearchKey } from '../shared/kana';
import type { FieldDb, Stored } from './db';

export type SchoolFilter = { text?: string; town?: Town | '' };
export type SchoolRow = Pick<School, 'id' | 'name' | 'nameKana' | 'town' | 'teacherInCharge'>;

/** Live schools matching the name or reading typed (kana-folded), in reading order. */
export async function listSchoolRows(db: FieldDb, filter: SchoolFilter): Promise<SchoolRow[]> {
  const key = filter.text ? toSearchKey(filter.text) : '';
  const rows = await db.schools
    .filter((s: Stored<'schools'>) => !s.deleted && (!filter.town || s.town === filter.town) && (!key || (s._text ?? '').includes(key)))
    .toArray();
  rows.sort((a, b) => (a._reading ?? '').localeCompare(b._reading ?? '', 'ja'));
  return rows.map(({ id, name, nameKana, town, teacherInCharge }) => ({ id, name, nameKana, town, teacherInCharge }));
}

export type StudentRow = Pick<Student, 'id' | 'kind' | 'familyName' | 'givenName' | 'familyNameKana' | 'givenNameKana' | 'grade' | 'className' | 'number' | 'plan'>;

/** A school's live students matching the name or reading typed (kana-folded), in class-list order. */
export async function listSchoolStudents(db: FieldDb, schoolId: string, text = ''): Promise<StudentRow[]> {
  const key = toSearchKey(text);
  const rows = await db.students
    .where('schoolId')
    .equals(schoolId)
    .filter((s: Stored<'students'>) => !s.deleted && (!key || (s._text ?? '').includes(key)))
    .toArray();
  rows.sort(compareStudents);
  return rows.map(({ id, kind, familyName, givenName, familyNameKana, givenNameKana, grade, className, number, plan }) => ({
    id,
    kind,
    familyName,
    givenName,
    familyNameKana,
    givenNameKana,
    grade,
    className,
    number,
    plan,
  }));
}

/** Every mark given at a school, leaving out those of deleted sessions and students (they no longer count). */
export async function schoolMarks(db: FieldDb, schoolId: string): Promise<MarkOrNone[]> {
  const [marks, sessions, students] = await Promise.all([
    db.attendance.where('schoolId').equals(schoolId).toArray(),
    db.programmeSessions.where('schoolId').equals(schoolId).filter((s) => !s.deleted).primaryKeys(),
    db.students.where('schoolId').equals(schoolId).filter((s) => !s.deleted).primaryKeys(),
  ]);
  const liveSessions = new Set(sessions);
  const liveStudents = new Set(students);
  return marks.filter((m) => liveSessions.has(m.sessionId) && liveStudents.has(m.studentId)).map((m) => m.mark);
}

export type StudentSessionRow = { sessionId: string; date: string; kind: ProgrammeSession['kind']; title: string; mark: MarkOrNone; note: string };

/**
 * A student's sessions, latest first: every one with a mark record (a cleared one shows as 未入力), and
 * the ones up to `today` the student was on the roster of but nobody marked yet, so a gap shows.
 */
export async function studentSessions(db: FieldDb, studentId: string, today: string): Promise<StudentSessionRow[]> {
  const [marks, participants, internships] = await Promise.all([
    db.attendance.where('studentId').equals(studentId).toArray(),
    db.programmeParticipants.where('studentId').equals(studentId).toArray(),
    db.internships.where('studentId').equals(studentId).filter((i) => !i.deleted).toArray(),
  ]);
  const markBySession = new Map(marks.map((m) => [m.sessionId, m]));
  const programmeIds = [...new Set(participants.map((p) => p.programmeId))];
  const [marked, ofProgrammes] = await Promise.all([
    db.programmeSessions.bulkGet([...markBySession.keys()]),
    db.programmeSessions.where('programmeId').anyOf(programmeIds).toArray(),
  ]);
  const sessions = new Map([...marked, ...ofProgrammes].filter((s) => s !== undefined && !s.deleted).map((s) => [s!.id, s!]));
  const rows: StudentSessionRow[] = [];
  for (const session of sessions.values()) {
    const mark = markBySession.get(session.id);
    if (!mark && (session.date > today || !isOnRoster(studentId, session, participants, internships))) continue;
    rows.push({ sessionId: session.id, date: session.date, kind: session.kind, title: session.title, mark: mark?.mark ?? '', note: mark?.note ?? '' });
  }
  return rows.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'ja'));
}

export type StudentProgrammeRow = Pick<InternshipProgramme, 'id' | 'title' | 'fiscalYear'> & { withdrawn: boolean };

/** The programmes a student takes (or took) part in, latest fiscal year first; withdrawn ones say so. */
export async function studentProgrammes(db: FieldDb, studentId: string): Promise<StudentProgrammeRow[]> {
  const participants = await db.programmeParticipants.where('studentId').equals(studentId).toArray();
  const programmes = await db.internshipProgrammes.bulkGet(participants.map((p) => p.programmeId));
  const rows: StudentProgrammeRow[] = [];
  participants.forEach((p, i) => {
    const programme = programmes[i];
    if (programme && !programme.deleted) rows.push({ id: programme.id, title: programme.title, fiscalYear: programme.fiscalYear, withdrawn: p.withdrawn });
  });
  return rows.sort((a, b) => b.fiscalYear - a.fiscalYear || a.title.localeCompare(b.title, 'ja'));
}
