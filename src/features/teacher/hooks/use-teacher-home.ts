import { useLiveQuery } from 'dexie-react-hooks';
import { todayIso } from '../../../lib/dates';
import { db } from '../../../storage/db';
import { readTeacherHome, type TeacherHome } from '../../../storage/teacher-queries';

/** undefined while the first result loads; live, so the first sync fills the page as it arrives. */
export function useTeacherHome(schoolId: string | null | undefined): TeacherHome | undefined {
  const today = todayIso();
  return useLiveQuery(() => (schoolId ? readTeacherHome(db, schoolId, today) : Promise.resolve(undefined)), [schoolId, today]);
}
