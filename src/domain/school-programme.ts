/**
 * The high-school programme's derived values: who is on a session's roster, how a mark cycles under a
 * teacher's tap, how marks add up to an attendance rate, and what a teacher still has to do. Pure: the
 * screens, the device's write path (cross-record.ts) and the server all call these.
 */
import { ATTENDANCE_MARKS, type AttendanceMark } from '../shared/codes';
import { fiscalYearOf } from './fiscal-year';

type StudentLike = { id: string; grade: number; className: string; number: number | null; familyNameKana: string; givenNameKana: string };
type SessionLike = { id: string; programmeId: string; kind: string; date: string; companyId: string };
type InternshipLike = { studentId: string; companyId: string; programmeId: string; startDate: string; endDate: string; status: string };
type ParticipantLike = { studentId: string; withdrawn: boolean };

/** A mark, or '' = not marked (a mark is taken back by clearing it, never by deleting the record). */
export type MarkOrNone = AttendanceMark | '';

/** One tap moves a mark on: unmarked → 出席 → 欠席 → 遅刻 → 早退 → 公欠 → unmarked. */
const CYCLE: readonly MarkOrNone[] = ['', ...ATTENDANCE_MARKS];
export const nextMark = (mark: MarkOrNone): MarkOrNone => CYCLE[(CYCLE.indexOf(mark) + 1) % CYCLE.length]!;

/**
 * A student counts as taking part in an internship day when an internship of theirs (not cancelled,
 * of the session's programme or of none) covers the day, at the session's host when it names one.
 */
export function internshipCoversSession(internship: InternshipLike, session: SessionLike): boolean {
  return (
    internship.status !== 'cancelled' &&
    internship.startDate <= session.date &&
    session.date <= internship.endDate &&
    (internship.programmeId === '' || internship.programmeId === session.programmeId) &&
    (session.companyId === '' || internship.companyId === session.companyId)
  );
}

/**
 * Who belongs on a session: the programme's participants (not withdrawn); on an internship day only
 * those of them whose internship covers it. `internships` are the programme's (or the students').
 */
export function isOnRoster(
  studentId: string,
  session: SessionLike,
  participants: readonly ParticipantLike[],
  internships: readonly InternshipLike[],
): boolean {
  const participating = participants.some((p) => p.studentId === studentId && !p.withdrawn);
  if (!participating) return false;
  if (session.kind !== 'internship') return true;
  return internships.some((i) => i.studentId === studentId && internshipCoversSession(i, session));
}

/** The roster of a session in class order; students already marked stay on it (their mark is history). */
export function sessionRoster<S extends StudentLike>(
  session: SessionLike,
  students: readonly S[],
  participants: readonly ParticipantLike[],
  internships: readonly InternshipLike[],
  markedStudentIds: ReadonlySet<string> = new Set(),
): S[] {
  const live = new Set(participants.filter((p) => !p.withdrawn).map((p) => p.studentId));
  const covered = session.kind === 'internship' ? new Set(internships.filter((i) => internshipCoversSession(i, session)).map((i) => i.studentId)) : live;
  return students.filter((s) => (live.has(s.id) && covered.has(s.id)) || markedStudentIds.has(s.id)).sort(compareStudents);
}

/** 学年 → 組 → 出席番号 → reading: the order of a school's own class lists. */
export function compareStudents(a: StudentLike, b: StudentLike): number {
  return (
    a.grade - b.grade ||
    a.className.localeCompare(b.className, 'ja', { numeric: true }) ||
    (a.number ?? 999) - (b.number ?? 999) ||
    `${a.familyNameKana}${a.givenNameKana}`.localeCompare(`${b.familyNameKana}${b.givenNameKana}`, 'ja')
  );
}

export type AttendanceTally = Record<AttendanceMark, number> & {
  /** 出席 + 遅刻 + 早退: the student was there. */
  attended: number;
  /** The days that count: attended + 欠席. 公欠 (an officially excused absence) counts neither way. */
  counted: number;
  /** attended / counted, 0–1; null when nothing counts yet. */
  rate: number | null;
};

/** Adds up marks (of a student, a session or a school); unmarked ('') are left out. */
export function tallyMarks(marks: Iterable<MarkOrNone>): AttendanceTally {
  const tally = { present: 0, absent: 0, late: 0, left_early: 0, excused: 0 };
  for (const mark of marks) if (mark !== '') tally[mark] += 1;
  const attended = tally.present + tally.late + tally.left_early;
  const counted = attended + tally.absent;
  return { ...tally, attended, counted, rate: counted === 0 ? null : attended / counted };
}

export type AgendaSession<S> = { session: S; rosterSize: number; marked: number; missing: number };
export type TeacherAgenda<S> = { today: AgendaSession<S>[]; upcoming: AgendaSession<S>[]; pastIncomplete: AgendaSession<S>[] };

/**
 * The teacher's home: this fiscal year's sessions of today first, then the upcoming ones (soonest first),
 * then the past ones whose attendance is incomplete (latest first), so nothing is forgotten. A past
 * session with every mark given drops off.
 */
export function teacherAgenda<S extends { date: string }>(
  sessions: readonly S[],
  today: string,
  counts: (session: S) => { rosterSize: number; marked: number },
): TeacherAgenda<S> {
  const year = fiscalYearOf(today);
  const agenda: TeacherAgenda<S> = { today: [], upcoming: [], pastIncomplete: [] };
  for (const session of sessions) {
    if (fiscalYearOf(session.date) !== year) continue;
    const { rosterSize, marked } = counts(session);
    const item = { session, rosterSize, marked, missing: Math.max(0, rosterSize - marked) };
    if (session.date === today) agenda.today.push(item);
    else if (session.date > today) agenda.upcoming.push(item);
    else if (item.missing > 0) agenda.pastIncomplete.push(item);
  }
  agenda.today.sort((a, b) => a.session.date.localeCompare(b.session.date));
  agenda.upcoming.sort((a, b) => a.session.date.localeCompare(b.session.date));
  agenda.pastIncomplete.sort((a, b) => b.session.date.localeCompare(a.session.date));
  return agenda;
}

/** Average interest in working locally before and after, over the records that have both (null if none). */
export function interestShift(plans: readonly { interestBefore: number | null; interestAfter: number | null }[]): { before: number; after: number; count: number } | null {
  const both = plans.filter((p) => p.interestBefore !== null && p.interestAfter !== null);
  if (both.length === 0) return null;
  const sum = (pick: (p: (typeof both)[number]) => number) => both.reduce((s, p) => s + pick(p), 0) / both.length;
  return { before: sum((p) => p.interestBefore!), after: sum((p) => p.interestAfter!), count: both.length };
}
