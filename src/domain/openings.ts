/**
 * Whether a host company's opening (求人) still takes trial workers, and how many more. An opening is
 * open from the day it is received through its 有効期間 (validUntil, inclusive) unless it was closed
 * early; its places are held by the placements that fill it while they are proposed, arranging, in
 * trial or hired (cross-record.ts HOLDS_PLACE: the same count the opening-places rule checks).
 */
import type { Opening, TrialPlacement } from '../shared/entities';
import { HOLDS_PLACE } from './cross-record';

type OpeningDates = Pick<Opening, 'validUntil' | 'closedOn'> & { deleted?: boolean };
type OpeningPlaces = Pick<Opening, 'places'>;
type PlacementHold = Pick<TrialPlacement, 'status'> & { deleted?: boolean };

const HOLDING: ReadonlySet<string> = new Set(HOLDS_PLACE);

/** Open on `today`: not deleted, not closed on or before today, valid through today or later. */
export function isOpeningOpen(opening: OpeningDates, today: string): boolean {
  if (opening.deleted === true) return false;
  if (opening.closedOn !== '' && opening.closedOn <= today) return false;
  return opening.validUntil >= today;
}

/** Places not yet held by the opening's placements (never below 0: a place may be overfilled with a reason). */
export function openPlaces(opening: OpeningPlaces, placementsOfOpening: readonly PlacementHold[]): number {
  const held = placementsOfOpening.filter((p) => p.deleted !== true && HOLDING.has(p.status)).length;
  return Math.max(0, opening.places - held);
}
