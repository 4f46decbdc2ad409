import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { readImportTarget, type ImportTarget } from '../student-import-queries';

/** undefined while loading, null for a school not on this device; live, so a sync that adds students re-checks the rows. */
export function useImportTarget(schoolId: string): ImportTarget | null | undefined {
  return useLiveQuery(() => readImportTarget(db, schoolId), [schoolId]);
}
