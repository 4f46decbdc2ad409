import { useLiveQuery } from 'dexie-react-hooks';
import type { MatchSeeker } from '../../domain/matching';
import { db } from '../db';
import { companyCandidates, seekerSuggestions } from '../matching-queries';

/** A seeker's best open openings, live; undefined while the first result loads. */
export function useSeekerSuggestions(seeker: MatchSeeker, today: string) {
  const { id, birthDate, town, desiredIndustries, status } = seeker;
  return useLiveQuery(
    () => seekerSuggestions(db, { id, birthDate, town, desiredIndustries, status }, today),
    [id, birthDate, town, desiredIndustries.join(','), status, today],
  );
}

/** The seekers who fit a company's open openings, live; undefined while the first result loads. */
export function useCompanyCandidates(companyId: string, today: string) {
  return useLiveQuery(() => companyCandidates(db, companyId, today), [companyId, today]);
}
