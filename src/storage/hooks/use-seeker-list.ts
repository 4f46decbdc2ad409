import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import type { SeekerFilter, SeekerHit } from '../seeker-filters';
import { listSeekers } from '../seeker-queries';

/** undefined while the first result loads. */
export function useSeekerList(filter: SeekerFilter): SeekerHit[] | undefined {
  return useLiveQuery(() => listSeekers(db, filter), [filter.text, filter.town, filter.ageGroup, filter.industry, filter.today]);
}
