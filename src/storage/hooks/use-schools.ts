/** The synced schools on this device, for pickers (a teacher is bound to one school). */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { listSchools, type SchoolOption } from '../school-queries';

/** undefined while loading. */
export function useSchools(): SchoolOption[] | undefined {
  return useLiveQuery(() => listSchools(db), []);
}
