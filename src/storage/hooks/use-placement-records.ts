/** Live reads for the placement screens (placement-queries.ts); undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { latestFollowUps, openingsWithPlacesTaken, placementCheckIns, placementRetentionChecks, placementStatusChanges } from '../placement-queries';

/** '' for no company yet: an empty list. */
export const useOpeningsWithPlacesTaken = (companyId: string, placementId: string) =>
  useLiveQuery(async () => (companyId ? openingsWithPlacesTaken(db, companyId, placementId) : []), [companyId, placementId]);

export const usePlacementStatusChanges = (placementId: string) => useLiveQuery(() => placementStatusChanges(db, placementId), [placementId]);
export const usePlacementCheckIns = (placementId: string) => useLiveQuery(() => placementCheckIns(db, placementId), [placementId]);
export const usePlacementRetentionChecks = (placementId: string) => useLiveQuery(() => placementRetentionChecks(db, placementId), [placementId]);

export const useLatestFollowUps = (placementIds: readonly string[]) => useLiveQuery(() => latestFollowUps(db, placementIds), [placementIds.join(',')]);
