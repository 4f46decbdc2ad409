/**
 * What the import of a school's CSV reads: the school, and the students it already has on this
 * device (live ones), whose seats and names a row must not repeat.
 */
import type { StudentIdentity } from '../domain/student-identity';
import type { FieldDb } from './db';

export type ImportTarget = { id: string; name: string; registered: StudentIdentity[] };

/** null when the school is not on this device (or deleted). */
export async function readImportTarget(db: FieldDb, schoolId: string): Promise<ImportTarget | null> {
  const [school, students] = await Promise.all([db.schools.get(schoolId), db.students.where('schoolId').equals(schoolId).filter((s) => !s.deleted).toArray()]);
  if (!school || school.deleted) return null;
  return {
    id: school.id,
    name: school.name,
    registered: students.map(({ grade, className, number, familyName, givenName, familyNameKana, givenNameKana }) => ({ grade, className, number, familyName, givenName, familyNameKana, givenNameKana })),
  };
}
