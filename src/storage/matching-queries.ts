/**
 * What the match suggestions need from the device's records, read in one transaction and ranked by
 * src/domain/matching.ts. A seeker's page reads every opening, host company and placement (the history
 * at each company) and the birth dates of the seekers of ended trials, from their slim list rows, and
 * keeps the index built from them until one of those tables is written. A
 * company's page reads its openings and every seeker's list row (the cached sorted copy, so 20,000
 * seekers cost one JSON parse), then the consents of the few it shows.
 */
import Dexie from 'dexie';
import { candidatesFor, isLookingForWork, prepareMatching, suggestOpenings, withConsentReason, type Candidate, type MatchPlacement, type MatchSeeker, type Suggestion } from '../domain/matching';
import { TRIAL_CLOSED_STATUSES } from '../shared/codes';
import type { Opening } from '../shared/entities';
import type { FieldDb } from './db';
import { readSortedSeekerRows } from './seeker-list-cache';
import type { SeekerListRow } from './seeker-rows';

export type SuggestionRow = Suggestion & { companyName: string; jobType: string };
/** `lookingForWork` false: the seeker is in a trial, hired or closed, so nothing is suggested. */
export type SeekerSuggestions = { lookingForWork: boolean; suggestions: SuggestionRow[] };
export type CandidateRow = Candidate & { seeker: Pick<SeekerListRow, 'familyName' | 'givenName' | 'familyNameKana' | 'givenNameKana'>; jobType: string };

/** The tables the seeker-page index is built from: a committed write to any of them (here or in another tab) drops it. */
const INDEX_TABLES = new Set(['openings', 'companies', 'trialPlacements', 'seekerRows']);
let generation = 0;
Dexie.on('storagemutated', (parts) => {
  // Keys are 'idb://<database>/<table>/<index>'.
  if (Object.keys(parts).some((key) => INDEX_TABLES.has(key.split('/')[3] ?? ''))) generation += 1;
});

type SeekerPageIndex = { index: ReturnType<typeof prepareMatching>; openingById: Map<string, Opening>; companyName: Map<string, string> };
/**
 * The index last built, per database, for a day and a generation: a coordinator opening seeker after
 * seeker reads every opening, company and placement once, not once a page (docs/benchmarks.md).
 */
const lastIndex = new WeakMap<FieldDb, { today: string; generation: number; value: SeekerPageIndex }>();

async function seekerPageIndex(db: FieldDb, today: string): Promise<SeekerPageIndex> {
  const kept = lastIndex.get(db);
  if (kept && kept.today === today && kept.generation === generation) return kept.value;
  const builtUnder = generation;
  const value = await db.transaction('r', [db.openings, db.companies, db.trialPlacements, db.seekerRows], async () => {
    const [openings, companies, placements] = await Promise.all([db.openings.toArray(), db.companies.toArray(), db.trialPlacements.toArray()]);
    const pastSeekers = [...new Set(placements.filter((p) => (TRIAL_CLOSED_STATUSES as readonly string[]).includes(p.status)).map((p) => p.seekerId))];
    const rows = await db.seekerRows.bulkGet(pastSeekers);
    const birthDates = new Map(rows.flatMap((r) => (r ? [[r.id, r.birthDate] as const] : [])));
    return {
      index: prepareMatching({ today, openings, companies, placements, birthDateOf: (id) => birthDates.get(id) }),
      openingById: new Map(openings.map((o) => [o.id, o])),
      companyName: new Map(companies.map((c) => [c.id, c.name])),
    };
  });
  // A write committed while this was read makes it stale at once: keep it only if none came.
  if (generation === builtUnder) lastIndex.set(db, { today, generation: builtUnder, value });
  return value;
}

/** The best open openings for one seeker (up to `limit`), with their company's name and job type. */
export async function seekerSuggestions(db: FieldDb, seeker: MatchSeeker, today: string, limit?: number): Promise<SeekerSuggestions> {
  const { index, openingById, companyName } = await seekerPageIndex(db, today);
  if (!isLookingForWork(index, seeker)) return { lookingForWork: false, suggestions: [] };
  const suggestions = suggestOpenings(index, seeker, limit).map((s) => ({
    ...s,
    companyName: companyName.get(s.companyId) ?? '',
    jobType: openingById.get(s.openingId)?.jobType ?? '',
  }));
  return { lookingForWork: true, suggestions };
}

/** The seekers who fit a company's open openings (up to `limit`), each with whether their consent covers it. */
export async function companyCandidates(db: FieldDb, companyId: string, today: string, limit?: number): Promise<CandidateRow[]> {
  const seekers = await readSortedSeekerRows(db);
  return db.transaction('r', [db.openings, db.companies, db.trialPlacements, db.consents], async () => {
    const [openings, company, placements] = await Promise.all([
      db.openings.where('companyId').equals(companyId).toArray(),
      db.companies.get(companyId),
      // Every placement: a seeker's trial anywhere decides whether they are still looking for work.
      db.trialPlacements.toArray() as Promise<MatchPlacement[]>,
    ]);
    if (!company || openings.length === 0) return [];
    const byId = new Map(seekers.map((s) => [s.id, s]));
    const index = prepareMatching({ today, openings, companies: [company], placements, birthDateOf: (id) => byId.get(id)?.birthDate });
    const top = candidatesFor(index, companyId, seekers, limit);
    const consents = await db.consents.where('seekerId').anyOf(top.map((c) => c.seekerId)).toArray();
    const jobType = new Map(openings.map((o: Opening) => [o.id, o.jobType]));
    return top.map((candidate) => {
      const row = byId.get(candidate.seekerId)!;
      const own = consents.filter((c) => c.seekerId === candidate.seekerId && !c.deleted);
      return {
        ...withConsentReason(candidate, own, today),
        seeker: { familyName: row.familyName, givenName: row.givenName, familyNameKana: row.familyNameKana, givenNameKana: row.givenNameKana },
        jobType: jobType.get(candidate.openingId) ?? '',
      };
    });
  });
}
