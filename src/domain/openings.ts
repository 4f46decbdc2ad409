/**
 * An opening's (求人) state on a day and the places it still has. An opening takes trial workers from
 * the day it was received through its valid-until date, unless the company closed it earlier; its
 * places are held by the placements made against it while they are proposed, arranged, running or
 * hired (HOLDS_PLACE, the same set the opening-places rule counts), so a hire keeps its place.
 */
import { HOLDS_PLACE } from './cross-record';
import { str, type PlainRecord } from './rule-types';

export type OpeningState = 'open' | 'not_yet' | 'expired' | 'closed';

export function openingState(opening: PlainRecord, today: string): OpeningState {
  const closedOn = str(opening, 'closedOn');
  if (closedOn !== '' && closedOn <= today) return 'closed';
  if (str(opening, 'validUntil') < today) return 'expired';
  return str(opening, 'receivedOn') > today ? 'not_yet' : 'open';
}

export const isOpeningOpen = (opening: PlainRecord, today: string) => openingState(opening, today) === 'open';

export const holdsPlace = (placement: PlainRecord) => (HOLDS_PLACE as readonly unknown[]).includes(placement['status']) && placement['deleted'] !== true;

/** The opening's places held by its live placements (of any date: a hire keeps its place). */
export function placesHeld(opening: PlainRecord, placements: readonly PlainRecord[]): number {
  const id = str(opening, 'id');
  return placements.filter((p) => str(p, 'openingId') === id && holdsPlace(p)).length;
}

/** Places a new placement can still take today: none once the opening is not open, never below 0. */
export function openPlaces(opening: PlainRecord, placements: readonly PlainRecord[], today: string): number {
  if (!isOpeningOpen(opening, today)) return 0;
  const places = typeof opening['places'] === 'number' ? opening['places'] : 0;
  return Math.max(0, places - placesHeld(opening, placements));
}
