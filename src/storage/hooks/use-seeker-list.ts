import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { listSeekers, type SeekerFilter, type SeekerRow } from '../seeker-queries';

/** undefined while the first result loads. */
export function useSeekerList(filter: SeekerFilter): SeekerRow[] | undefined {
  return useLiveQuery(() => listSeekers(db, filter), [filter.text, filter.town, filter.ageGroup, filter.industry, filter.today]);
}
