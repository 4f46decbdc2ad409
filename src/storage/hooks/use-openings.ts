import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { companyOpenings, openOpenings } from '../opening-queries';

/** The company's openings with their open places on `today` (undefined while loading). */
export function useCompanyOpenings(companyId: string, today: string) {
  return useLiveQuery(() => companyOpenings(db, companyId, today), [companyId, today]);
}

/** Every opening open on `today`, with its company's name and open places, most places first. */
export function useOpenOpenings(today: string) {
  return useLiveQuery(() => openOpenings(db, today), [today]);
}
