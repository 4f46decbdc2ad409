/**
 * The teacher home's read: the school and this fiscal year's sessions as the teacher's agenda
 * (src/domain/school-programme.ts teacherAgenda: today, upcoming, past ones still missing marks), each
 * with its roster size and how many of it are marked.
 * Everything is filtered by the teacher's schoolId here as well, although the server only sends
 * that school's records: a device that still holds another scope's data until its next sync (a
 * school change) must not show it in the meantime.
 */
import { fiscalYearOf } from '../domain/fiscal-year';
import { sessionRoster, teacherAgenda, type TeacherAgenda } from '../domain/school-programme';
import type { ProgrammeSession, School } from '../shared/entities';
import type { FieldDb } from './db';

export type AgendaRow = Pick<ProgrammeSession, 'id' | 'date' | 'kind' | 'title' | 'startTime' | 'endTime' | 'place'> & { hostName: string };
export type TeacherHome = { school: Pick<School, 'id' | 'name' | 'town'> | undefined; agenda: TeacherAgenda<AgendaRow> };

const notDeleted = <T extends { deleted: boolean }>(r: T) => !r.deleted;

export async function readTeacherHome(db: FieldDb, schoolId: string, today: string): Promise<TeacherHome> {
  const year = fiscalYearOf(today);
  const [school, sessions, participants, internships, students, marks] = await Promise.all([
    db.schools.get(schoolId),
    db.programmeSessions.where('schoolId').equals(schoolId).filter((s) => notDeleted(s) && fiscalYearOf(s.date) === year).toArray(),
    db.programmeParticipants.where('schoolId').equals(schoolId).filter(notDeleted).toArray(),
    db.internships.where('schoolId').equals(schoolId).filter(notDeleted).toArray(),
    db.students.where('schoolId').equals(schoolId).filter(notDeleted).toArray(),
    db.attendance.where('schoolId').equals(schoolId).filter(notDeleted).toArray(),
  ]);
  const hosts = await db.companies.bulkGet([...new Set(sessions.map((s) => s.companyId).filter((id) => id !== ''))]);
  const hostName = new Map(hosts.filter((c) => c !== undefined && !c.deleted).map((c) => [c!.id, c!.name]));
  const markedBySession = new Map<string, Set<string>>();
  for (const a of marks) if (a.mark !== '') markedBySession.set(a.sessionId, (markedBySession.get(a.sessionId) ?? new Set()).add(a.studentId));
  const rows = sessions.map(({ id, date, kind, title, startTime, endTime, place, companyId, programmeId }) => ({
    row: { id, date, kind, title, startTime, endTime, place, hostName: hostName.get(companyId) ?? '' },
    session: { id, programmeId, kind, date, companyId },
  }));
  const sessionOf = new Map(rows.map((r) => [r.row, r.session]));
  const agenda = teacherAgenda(
    rows.map((r) => r.row),
    today,
    (row) => {
      const session = sessionOf.get(row)!;
      const marked = markedBySession.get(session.id) ?? new Set<string>();
      const roster = sessionRoster(
        session,
        students,
        participants.filter((p) => p.programmeId === session.programmeId),
        internships,
        marked,
      );
      return { rosterSize: roster.length, marked: roster.filter((s) => marked.has(s.id)).length };
    },
  );
  // Several sessions of a day (an internship day at each host) in the order of the day.
  const byTime = (a: { session: AgendaRow }, b: { session: AgendaRow }) => a.session.startTime.localeCompare(b.session.startTime) || a.session.hostName.localeCompare(b.session.hostName, 'ja');
  agenda.today.sort(byTime);
  agenda.upcoming.sort((a, b) => a.session.date.localeCompare(b.session.date) || byTime(a, b));
  agenda.pastIncomplete.sort((a, b) => b.session.date.localeCompare(a.session.date) || byTime(a, b));
  return { school: school && !school.deleted ? { id: school.id, name: school.name, town: school.town } : undefined, agenda };
}
