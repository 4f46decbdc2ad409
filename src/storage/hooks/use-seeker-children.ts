import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { counsellingRecordsOf, namesOf, trialsOf } from '../related-queries';

export function useCounsellingRecords(seekerId: string) {
  return useLiveQuery(() => counsellingRecordsOf(db, seekerId), [seekerId]);
}

/** The seeker's trial placements with each host company's name. */
export function useSeekerTrials(seekerId: string) {
  return useLiveQuery(async () => {
    const trials = await trialsOf(db, 'seekerId', seekerId);
    const names = await namesOf(db, 'companies', trials.map((t) => t.companyId));
    return trials.map((t) => ({ ...t, companyName: names.get(t.companyId) ?? '' }));
  }, [seekerId]);
}
