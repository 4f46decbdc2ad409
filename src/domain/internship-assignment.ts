/**
 * An internship day's assignments. The students a session sends to its host are internships of their
 * own (student × host × that day × programme), so the capacity rule and the session's roster read them
 * like any internship. Ticking students on the session form becomes the writes planned here: a one-day
 * internship for each student newly chosen, a one-day internship moved along when the session's day or
 * host changes, and a cancellation (status 中止, never a delete) for a student taken off.
 */
import { overlaps } from './dates';
import { internshipCoversSession } from './school-programme';

type SessionLike = { id: string; programmeId: string; schoolId: string; kind: string; date: string; companyId: string };
type InternshipLike = { id: string; studentId: string; companyId: string; programmeId: string; startDate: string; endDate: string; status: string };

/** 予定 and 実施中 hold a place at the host; 完了 and 中止 no longer do. */
export const holdsPlace = (status: string) => status === 'planned' || status === 'active';

/** How many internships hold a place at a company on days overlapping the period (the capacity rule counts these). */
export function placesHeld(internships: readonly Omit<InternshipLike, 'id' | 'studentId' | 'programmeId'>[], companyId: string, startDate: string, endDate: string): number {
  return internships.filter((i) => i.companyId === companyId && holdsPlace(i.status) && overlaps(i.startDate, i.endDate, startDate, endDate)).length;
}

/** The students an internship day has now: whose internship covers it (school-programme.ts). */
export function assignedStudentIds(session: SessionLike, internships: readonly InternshipLike[]): Set<string> {
  return new Set(internships.filter((i) => internshipCoversSession(i, session)).map((i) => i.studentId));
}

/** The places at the day's host that other internships hold (this day's own assignments left out). */
export function placesHeldByOthers(session: SessionLike, atHost: readonly InternshipLike[]): number {
  return placesHeld(
    atHost.filter((i) => !internshipCoversSession(i, session)),
    session.companyId,
    session.date,
    session.date,
  );
}

export type NewInternship = { studentId: string; schoolId: string; companyId: string; programmeId: string; startDate: string; endDate: string; status: 'planned'; notes: string };
export type AssignmentWrite =
  | { kind: 'create'; fields: NewInternship }
  | { kind: 'update'; id: string; changes: Partial<Pick<InternshipLike, 'companyId' | 'startDate' | 'endDate' | 'status'>> };

/**
 * The internship writes that make an internship day's assignments `chosen`. `before` is the session as
 * stored (undefined for a new one), `after` as it is being saved; `internships` are its students'.
 * Nothing is planned for a class day or a day with no host yet (an internship needs its company).
 *   1. A chosen student already covered on the day stays as they are.
 *   2. A chosen student whose one-day internship of this programme covered the session before its day or
 *      host changed has that internship moved; anyone else chosen gets a new one-day internship (予定).
 *   3. An internship of a student no longer chosen is cancelled, and so is a one-day internship the
 *      session's new day or host left behind, if it still holds a place (a 完了 one is history and stays).
 */
export function assignmentWrites({ before, after, chosen, internships }: {
  before: SessionLike | undefined;
  after: SessionLike;
  chosen: ReadonlySet<string>;
  internships: readonly InternshipLike[];
}): AssignmentWrite[] {
  if (after.kind !== 'internship' || after.companyId === '') return [];
  const coversNow = internships.filter((i) => internshipCoversSession(i, after));
  // A day with no host covered every host's internships that day: none of them was this day's to move.
  const coveredBefore = before?.kind === 'internship' && before.companyId !== '' ? internships.filter((i) => internshipCoversSession(i, before)) : [];
  const writes: AssignmentWrite[] = [];
  const moved = new Set<string>();
  // 1–2.
  for (const studentId of chosen) {
    if (coversNow.some((i) => i.studentId === studentId)) continue;
    const movable = coveredBefore.find((i) => i.studentId === studentId && i.programmeId === after.programmeId && i.startDate === i.endDate && !moved.has(i.id));
    if (movable) {
      moved.add(movable.id);
      writes.push({ kind: 'update', id: movable.id, changes: { companyId: after.companyId, startDate: after.date, endDate: after.date } });
    } else {
      writes.push({
        kind: 'create',
        fields: { studentId, schoolId: after.schoolId, companyId: after.companyId, programmeId: after.programmeId, startDate: after.date, endDate: after.date, status: 'planned', notes: '' },
      });
    }
  }
  // 3.
  for (const i of new Set([...coveredBefore, ...coversNow])) {
    if (moved.has(i.id) || !holdsPlace(i.status)) continue;
    const leftBehind = !coversNow.includes(i) && i.programmeId === after.programmeId && i.startDate === i.endDate;
    if (!chosen.has(i.studentId) || leftBehind) writes.push({ kind: 'update', id: i.id, changes: { status: 'cancelled' } });
  }
  return writes;
}
