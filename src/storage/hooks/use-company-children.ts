import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { namesOf, trialsOf, visitsOf } from '../related-queries';

export function useCompanyVisits(companyId: string) {
  return useLiveQuery(() => visitsOf(db, companyId), [companyId]);
}

/** The company's trial placements with each seeker's name. */
export function useCompanyTrials(companyId: string) {
  return useLiveQuery(async () => {
    const trials = await trialsOf(db, 'companyId', companyId);
    const names = await namesOf(db, 'seekers', trials.map((t) => t.seekerId));
    return trials.map((t) => ({ ...t, seekerName: names.get(t.seekerId) ?? '' }));
  }, [companyId]);
}
