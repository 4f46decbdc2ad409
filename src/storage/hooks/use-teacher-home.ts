import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { readTeacherHome, type TeacherHome } from '../teacher-queries';

/** undefined while the first result loads; live, so the first sync and every mark update the counts. */
export function useTeacherHome(schoolId: string | null | undefined, today: string): TeacherHome | undefined {
  return useLiveQuery(() => (schoolId ? readTeacherHome(db, schoolId, today) : Promise.resolve(undefined)), [schoolId, today]);
}
