/**
 * The attendance screen's read: one session, its roster in class order (src/domain/school-programme.ts
 * sessionRoster) with each student's stored mark and note, the session's tally, and each student's own
 * rate over every session of theirs on this device. Everything by index (the session's marks, the
 * programme's participants and internships, the roster's students and their marks), so a class opens
 * without reading the school's other records.
 */
import { sessionRoster, tallyMarks, type AttendanceTally, type MarkOrNone } from '../domain/school-programme';
import type { Attendance, InternshipProgramme, ProgrammeSession, Student } from '../shared/entities';
import type { FieldDb } from './db';

export type RosterStudent = Pick<Student, 'id' | 'familyName' | 'givenName' | 'familyNameKana' | 'givenNameKana' | 'grade' | 'className' | 'number'>;

export type RosterRow = {
  student: RosterStudent;
  mark: MarkOrNone;
  note: string;
  /** The student's rate over all their sessions on this device (this one included). */
  studentTally: AttendanceTally;
};

export type SessionAttendance = {
  session: ProgrammeSession;
  programme: Pick<InternshipProgramme, 'id' | 'title' | 'fiscalYear'> | undefined;
  /** The host company's name on an internship day ('' when none or not on this device). */
  hostName: string;
  rows: RosterRow[];
  tally: AttendanceTally;
  /** Roster students without a mark yet. */
  unmarked: number;
};

const live = <T extends { deleted: boolean }>(r: T | undefined): r is T => r !== undefined && !r.deleted;

/** undefined when the session is not on this device (or deleted). One read transaction for all its reads. */
export function readSessionAttendance(db: FieldDb, sessionId: string): Promise<SessionAttendance | undefined> {
  return db.transaction('r', [db.programmeSessions, db.internshipProgrammes, db.programmeParticipants, db.internships, db.attendance, db.companies, db.students], () => read(db, sessionId));
}

async function read(db: FieldDb, sessionId: string): Promise<SessionAttendance | undefined> {
  const session = await db.programmeSessions.get(sessionId);
  if (!live(session)) return undefined;
  // Plain index reads filtered here: a Dexie filter() walks a cursor, several times slower than getAll.
  const [programme, participants, internships, marks, host] = await Promise.all([
    db.internshipProgrammes.get(session.programmeId),
    db.programmeParticipants.where('programmeId').equals(session.programmeId).toArray().then((rows) => rows.filter(live)),
    session.kind === 'internship' ? internshipsOfDay(db, session) : [],
    db.attendance.where('sessionId').equals(sessionId).toArray().then((rows) => rows.filter(live)),
    session.companyId ? db.companies.get(session.companyId) : undefined,
  ]);
  const markOf = new Map(marks.map((a) => [a.studentId, a]));
  const marked = new Set(marks.filter((a) => a.mark !== '').map((a) => a.studentId));
  const candidateIds = [...new Set([...participants.map((p) => p.studentId), ...marked])];
  const [students, studentMarks] = await Promise.all([
    db.students.bulkGet(candidateIds),
    Promise.all(candidateIds.map((id) => db.attendance.where('studentId').equals(id).toArray())).then((perStudent) => perStudent.flat().filter(live)),
  ]);
  const roster = sessionRoster(session, students.filter(live), participants, internships, marked);
  const marksByStudent = new Map<string, MarkOrNone[]>();
  for (const a of studentMarks) {
    const list = marksByStudent.get(a.studentId);
    if (list) list.push(a.mark);
    else marksByStudent.set(a.studentId, [a.mark]);
  }
  const rows = roster.map((s): RosterRow => {
    const own = markOf.get(s.id);
    return {
      student: { id: s.id, familyName: s.familyName, givenName: s.givenName, familyNameKana: s.familyNameKana, givenNameKana: s.givenNameKana, grade: s.grade, className: s.className, number: s.number },
      mark: own?.mark ?? '',
      note: own?.note ?? '',
      studentTally: tallyMarks(marksByStudent.get(s.id) ?? []),
    };
  });
  return {
    session,
    programme: live(programme) ? { id: programme.id, title: programme.title, fiscalYear: programme.fiscalYear } : undefined,
    hostName: live(host) ? host.name : '',
    rows,
    tally: tallyMarks(rows.map((r) => r.mark)),
    unmarked: rows.filter((r) => r.mark === '').length,
  };
}

/** The internships an internship day's roster is drawn from: the programme's and those of no programme, of the school. */
async function internshipsOfDay(db: FieldDb, session: ProgrammeSession) {
  const rows = (await Promise.all([session.programmeId, ''].map((programmeId) => db.internships.where('programmeId').equals(programmeId).toArray()))).flat();
  return rows.filter((i) => live(i) && i.schoolId === session.schoolId);
}

/** What an attendance record is about, for the sync screens: the student's name and the session. */
export type AttendanceSubject = { studentName: string; sessionDate: string; sessionTitle: string };

export async function attendanceSubject(db: FieldDb, record: Pick<Attendance, 'sessionId' | 'studentId'>): Promise<AttendanceSubject> {
  const [student, session] = await Promise.all([db.students.get(record.studentId), db.programmeSessions.get(record.sessionId)]);
  return {
    studentName: student ? `${student.familyName} ${student.givenName}`.trim() : '',
    sessionDate: session?.date ?? '',
    sessionTitle: session?.title ?? '',
  };
}
