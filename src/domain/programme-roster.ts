/**
 * A programme's roster as a coordinator builds it: whole classes in one tap (「2年の1組・2組を追加」),
 * then one student at a time; and how far each session's attendance has got. Pure: the programme page
 * shows these counts, and the storage write adds exactly the students `studentsToAdd` names.
 */
import { groupByClass } from './class-groups';
import { compareStudents, sessionRoster, tallyMarks, type AttendanceTally, type MarkOrNone } from './school-programme';

type StudentLike = { id: string; kind: string; grade: number; className: string; number: number | null; familyNameKana: string; givenNameKana: string };
type ParticipantLike = { studentId: string; withdrawn: boolean };

/** One class of a grade: how many high-school students it has, how many of them a tap would add. */
export type ClassChoice = { className: string; students: number; toAdd: number };

/** Class lists are of high-school students; a university student home for the holidays comes through trial work. */
const inClassLists = (s: StudentLike) => s.kind === 'high_school';

/** The grades that have high-school students, lowest first. */
export function gradesOf(students: readonly StudentLike[]): number[] {
  return [...new Set(students.filter(inClassLists).map((s) => s.grade))].sort((a, b) => a - b);
}

/**
 * The classes of a grade in numeric order (2組 before 10組; students with no class recorded form a
 * class of their own, ''). Anyone already on the roster, or withdrawn from it, is not added again.
 */
export function classChoices(students: readonly StudentLike[], participants: readonly ParticipantLike[], grade: number): ClassChoice[] {
  const known = new Set(participants.map((p) => p.studentId));
  return groupByClass(students.filter((s) => inClassLists(s) && s.grade === grade)).map((g) => ({
    className: g.className,
    students: g.students.length,
    toAdd: g.students.filter((s) => !known.has(s.id)).length,
  }));
}

/**
 * Who a tap on 「追加」 adds: the grade's high-school students in the ticked classes who are not on the
 * roster yet, in class-list order. A withdrawn student stays withdrawn (taken off on purpose; added
 * back one by one).
 */
export function studentsToAdd<S extends StudentLike>(students: readonly S[], participants: readonly ParticipantLike[], grade: number, classNames: readonly string[]): S[] {
  const known = new Set(participants.map((p) => p.studentId));
  const classes = new Set(classNames);
  return students.filter((s) => inClassLists(s) && s.grade === grade && classes.has(s.className) && !known.has(s.id)).sort(compareStudents);
}

type SessionLike = Parameters<typeof sessionRoster>[0];
type InternshipLike = Parameters<typeof sessionRoster>[3][number];

/** Where a session's attendance stands: its roster, each one's mark, the tally and how many are still unmarked. */
export type SessionProgress<S> = { roster: S[]; marks: ReadonlyMap<string, MarkOrNone>; tally: AttendanceTally; marked: number; missing: number };

export function sessionProgress<S extends Omit<StudentLike, 'kind'>>(
  session: SessionLike,
  students: readonly S[],
  participants: readonly ParticipantLike[],
  internships: readonly InternshipLike[],
  attendance: readonly { studentId: string; mark: MarkOrNone }[],
): SessionProgress<S> {
  const marks = new Map(attendance.map((a) => [a.studentId, a.mark]));
  const markedIds = new Set(attendance.filter((a) => a.mark !== '').map((a) => a.studentId));
  const roster = sessionRoster(session, students, participants, internships, markedIds);
  const rosterMarks = roster.map((s) => marks.get(s.id) ?? '');
  const marked = rosterMarks.filter((m) => m !== '').length;
  return { roster, marks, tally: tallyMarks(rosterMarks), marked, missing: roster.length - marked };
}
