/**
 * Openings (求人) with the places they still have: a company's, for its page, and every open one, for
 * the screens that place seekers (placements, match suggestions). Open places come from the domain
 * (src/domain/openings.ts) over the placements made against each opening, read in one indexed query.
 */
import { openPlaces, openingState, placesHeld, type OpeningState } from '../domain/openings';
import type { Opening, TrialPlacement } from '../shared/entities';
import type { FieldDb } from './db';
import { namesOf } from './related-queries';
import { withoutSearchFields } from './search-fields';

export type OpeningRow = Opening & { state: OpeningState; placesHeld: number; openPlaces: number };
export type OpenOpening = OpeningRow & { companyName: string };

async function placementsAgainst(db: FieldDb, openingIds: string[]): Promise<TrialPlacement[]> {
  if (openingIds.length === 0) return [];
  const rows = await db.trialPlacements.where('openingId').anyOf(openingIds).filter((p) => !p.deleted).toArray();
  return rows as TrialPlacement[];
}

async function withPlaces(db: FieldDb, openings: Opening[], today: string): Promise<OpeningRow[]> {
  const placements = await placementsAgainst(db, openings.map((o) => o.id));
  return openings.map((o) => ({ ...o, state: openingState(o, today), placesHeld: placesHeld(o, placements), openPlaces: openPlaces(o, placements, today) }));
}

/** The company's openings: open ones first, then by the date received, newest first. */
export async function companyOpenings(db: FieldDb, companyId: string, today: string): Promise<OpeningRow[]> {
  const rows = await db.openings.where('companyId').equals(companyId).filter((o) => !o.deleted).toArray();
  const openings = await withPlaces(db, rows.map((r) => withoutSearchFields(r) as Opening), today);
  return openings.sort((a, b) => Number(b.state === 'open') - Number(a.state === 'open') || b.receivedOn.localeCompare(a.receivedOn));
}

/** Every opening open today (also those whose places are all held: a placement may go beyond them with a reason), with its company's name. */
export async function openOpenings(db: FieldDb, today: string): Promise<OpenOpening[]> {
  const rows = await db.openings.filter((o) => !o.deleted && openingState(o, today) === 'open').toArray();
  const openings = await withPlaces(db, rows.map((r) => withoutSearchFields(r) as Opening), today);
  const names = await namesOf(db, 'companies', [...new Set(openings.map((o) => o.companyId))]);
  return openings.map((o) => ({ ...o, companyName: names.get(o.companyId) ?? '' })).sort((a, b) => b.openPlaces - a.openPlaces || a.companyName.localeCompare(b.companyName, 'ja'));
}
