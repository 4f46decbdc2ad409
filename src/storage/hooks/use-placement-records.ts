/** Live reads for the placement screens (placement-queries.ts); undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { latestFollowUps, placementCheckIns, placementRetentionChecks, placementStatusChanges } from '../placement-queries';

export const usePlacementStatusChanges = (placementId: string) => useLiveQuery(() => placementStatusChanges(db, placementId), [placementId]);
export const usePlacementCheckIns = (placementId: string) => useLiveQuery(() => placementCheckIns(db, placementId), [placementId]);
export const usePlacementRetentionChecks = (placementId: string) => useLiveQuery(() => placementRetentionChecks(db, placementId), [placementId]);

export const useLatestFollowUps = (placementIds: readonly string[]) => useLiveQuery(() => latestFollowUps(db, placementIds), [placementIds.join(',')]);
