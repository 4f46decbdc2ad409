/**
 * The teacher home's reads: one school, its students, its upcoming programme sessions.
 * Everything is filtered by the teacher's schoolId here as well, although the server only sends
 * that school's records: a device that still holds another scope's data until its next sync (a
 * school change) must not show it in the meantime.
 */
import type { ProgrammeSession, School, Student } from '../shared/entities';
import type { FieldDb } from './db';

export type StudentRow = Pick<Student, 'id' | 'familyName' | 'givenName' | 'familyNameKana' | 'givenNameKana' | 'grade' | 'className'>;
export type SessionRow = Pick<ProgrammeSession, 'id' | 'date' | 'kind' | 'title'>;
export type TeacherHome = { school: Pick<School, 'id' | 'name' | 'town'> | undefined; students: StudentRow[]; sessions: SessionRow[] };

export async function readTeacherHome(db: FieldDb, schoolId: string, today: string, maxSessions = 20): Promise<TeacherHome> {
  const [school, students, sessions] = await Promise.all([
    db.schools.get(schoolId),
    db.students.where('schoolId').equals(schoolId).filter((s) => !s.deleted).toArray(),
    db.programmeSessions.where('schoolId').equals(schoolId).filter((s) => !s.deleted && s.date >= today).toArray(),
  ]);
  students.sort((a, b) => a.grade - b.grade || (a.className ?? '').localeCompare(b.className ?? '', 'ja') || (a._reading ?? '').localeCompare(b._reading ?? '', 'ja'));
  sessions.sort((a, b) => a.date.localeCompare(b.date));
  return {
    school: school && !school.deleted ? { id: school.id, name: school.name, town: school.town } : undefined,
    students: students.map(({ id, familyName, givenName, familyNameKana, givenNameKana, grade, className }) => ({ id, familyName, givenName, familyNameKana, givenNameKana, grade, className })),
    sessions: sessions.slice(0, maxSessions).map(({ id, date, kind, title }) => ({ id, date, kind, title })),
  };
}
