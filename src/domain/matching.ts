/**
 * Match suggestions: which open openings suit a seeker, and which seekers suit a company's openings,
 * each with the reasons it ranks where it does. Derived on the device from the local records, never
 * stored. A score is the sum of its reasons' points, so what the screen says is exactly what ranked it:
 *  - industry: the opening's industry is one the seeker wants (INDUSTRY_POINTS);
 *  - commute:  the seeker's town to the opening's town (travel-times.ts), COMMUTE_POINTS minus one per two minutes;
 *  - places:   the opening's open places (openings.ts), PLACE_POINTS each up to PLACES_POINTS_MAX;
 *  - history:  trials at that company that ended (採用 vs 不採用 / 辞退) for seekers of the same age group
 *              (src/shared/age-group.ts, judged on the trial's start day): HISTORY_POINTS × hires ÷ (trials + 1),
 *              so one hire out of one counts for less than nine out of ten.
 * Only open openings with a place left at host companies (受入登録 / 受入中) are suggested, never one at a
 * company where the seeker already has a trial open (提案 / 調整中 / 実施中). Equal scores go by id, so
 * the order never changes between renders. Build the index once (prepareMatching) and rank from it:
 * one seeker over 1,000 openings, or one company over 20,000 seekers, is then a single pass.
 */
import { ageGroupOn, latestSeniorBirthDate } from '../shared/age-group';
import { TRIAL_CLOSED_STATUSES, type AgeGroup, type Industry, type Town } from '../shared/codes';
import type { Company, Opening, Seeker, TrialPlacement } from '../shared/entities';
import { anyConsentCovers } from './consent';
import { seekerProgrammeStatus } from './derived-values';
import { openPlaces } from './openings';
import type { PlainRecord } from './rule-types';
import { travelMinutes } from './travel-times';

export const INDUSTRY_POINTS = 40;
export const COMMUTE_POINTS = 30;
export const PLACE_POINTS = 5;
export const PLACES_POINTS_MAX = 15;
export const HISTORY_POINTS = 20;
/** How many suggestions a seeker's page and candidates a company's page show. */
export const SUGGESTION_LIMIT = 8;
export const CANDIDATE_LIMIT = 10;

const HOST_STATUSES: ReadonlySet<string> = new Set<Company['status']>(['host_registered', 'active']);
const OPEN_TRIAL: ReadonlySet<string> = new Set<TrialPlacement['status']>(['proposed', 'arranging', 'in_trial']);
const ENDED: ReadonlySet<string> = new Set(TRIAL_CLOSED_STATUSES);
/** Seekers a company may be offered: still looking, not closed, hired or in a trial (derived-values.ts). */
const LOOKING: ReadonlySet<string> = new Set<Seeker['status']>(['registered', 'matching']);

type Live = { deleted?: boolean };
export type MatchSeeker = Pick<Seeker, 'id' | 'birthDate' | 'town' | 'desiredIndustries' | 'status'>;
export type MatchOpening = Pick<Opening, 'id' | 'companyId' | 'industry' | 'town' | 'places' | 'receivedOn' | 'validUntil' | 'closedOn'> & Live;
export type MatchCompany = Pick<Company, 'id' | 'status'> & Live;
export type MatchPlacement = Pick<TrialPlacement, 'id' | 'seekerId' | 'companyId' | 'openingId' | 'status' | 'startDate'> & Live;

export type MatchReason =
  | { kind: 'industry'; industry: Industry; points: number }
  | { kind: 'commute'; from: Town; to: Town; minutes: number; points: number }
  | { kind: 'places'; open: number; points: number }
  | { kind: 'history'; hired: number; of: number; points: number }
  /** Shown on a company's page, not scored: whether the seeker's consent covers giving their data to it. */
  | { kind: 'consent'; given: boolean; points: 0 };

export type Suggestion = { openingId: string; companyId: string; score: number; reasons: MatchReason[] };
export type Candidate = { seekerId: string; openingId: string; companyId: string; score: number; reasons: MatchReason[] };

export type MatchWorld = {
  today: string;
  openings: readonly MatchOpening[];
  companies: readonly MatchCompany[];
  placements: readonly MatchPlacement[];
  /** Birth dates of the seekers of past placements, for the same-age-group history (unknown ones are left out). */
  birthDateOf: (seekerId: string) => string | undefined;
};

type Outcomes = { hired: number; of: number };
type OpenOpening = { opening: MatchOpening; open: number };

export type MatchIndex = {
  today: string;
  /** Seekers born on or before this day are seniors today (age-group.ts), so a seeker's group is one comparison. */
  seniorCutoff: string;
  /** Open openings with a place left at host companies, by company, and by company and industry. */
  openingsByCompany: ReadonlyMap<string, readonly OpenOpening[]>;
  openingsByCompanyIndustry: ReadonlyMap<string, ReadonlyMap<Industry, readonly OpenOpening[]>>;
  /** Ended trials by company and the seeker's age group then. */
  outcomes: ReadonlyMap<string, Readonly<Record<AgeGroup, Outcomes>>>;
  /** Live placements by seeker (their derived status, their open trials). */
  placementsBySeeker: ReadonlyMap<string, readonly MatchPlacement[]>;
};

const NONE: readonly never[] = [];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Indexes the records once; rank as many seekers or companies from it as needed. */
export function prepareMatching(world: MatchWorld): MatchIndex {
  const { today } = world;
  const placementsBySeeker = new Map<string, MatchPlacement[]>();
  const placementsByOpening = new Map<string, MatchPlacement[]>();
  const outcomes = new Map<string, Record<AgeGroup, Outcomes>>();
  for (const p of world.placements) {
    if (p.deleted === true) continue;
    push(placementsBySeeker, p.seekerId, p);
    if (p.openingId !== '') push(placementsByOpening, p.openingId, p);
    const birthDate = ENDED.has(p.status) ? world.birthDateOf(p.seekerId) : undefined;
    if (!birthDate) continue;
    let byGroup = outcomes.get(p.companyId);
    if (!byGroup) outcomes.set(p.companyId, (byGroup = { working_age: { hired: 0, of: 0 }, senior: { hired: 0, of: 0 } }));
    const group = byGroup[ageGroupOn(birthDate, p.startDate)];
    group.of += 1;
    if (p.status === 'hired') group.hired += 1;
  }
  const hosts = new Set(world.companies.filter((c) => c.deleted !== true && HOST_STATUSES.has(c.status)).map((c) => c.id));
  const openingsByCompany = new Map<string, OpenOpening[]>();
  const openingsByCompanyIndustry = new Map<string, Map<Industry, OpenOpening[]>>();
  for (const opening of world.openings) {
    if (!hosts.has(opening.companyId)) continue;
    // 0 as well when the opening is not open today (not yet received, expired, closed).
    const open = openPlaces(opening, placementsByOpening.get(opening.id) ?? NONE, today);
    if (open === 0) continue;
    push(openingsByCompany, opening.companyId, { opening, open });
    let byIndustry = openingsByCompanyIndustry.get(opening.companyId);
    if (!byIndustry) openingsByCompanyIndustry.set(opening.companyId, (byIndustry = new Map()));
    push(byIndustry, opening.industry, { opening, open });
  }
  return { today, seniorCutoff: latestSeniorBirthDate(today), openingsByCompany, openingsByCompanyIndustry, outcomes, placementsBySeeker };
}

/** Companies where the seeker has a trial proposed, being arranged or running: not suggested again. */
function companiesInTrial(index: MatchIndex, seekerId: string): Set<string> {
  const placements = index.placementsBySeeker.get(seekerId) ?? NONE;
  return new Set(placements.filter((p) => OPEN_TRIAL.has(p.status)).map((p) => p.companyId));
}


/** The seeker's age group today; undefined when the birth date is unknown. */
const ageGroupToday = (index: MatchIndex, seeker: MatchSeeker): AgeGroup | undefined =>
  seeker.birthDate ? (seeker.birthDate <= index.seniorCutoff ? 'senior' : 'working_age') : undefined;

/** The reasons one opening suits one seeker, each with the points it adds. */
function reasonsFor(index: MatchIndex, seeker: MatchSeeker, group: AgeGroup | undefined, { opening, open }: OpenOpening): MatchReason[] {
  const reasons: MatchReason[] = [];
  if (seeker.desiredIndustries.includes(opening.industry)) reasons.push({ kind: 'industry', industry: opening.industry, points: INDUSTRY_POINTS });
  const minutes = travelMinutes(seeker.town, opening.town);
  if (minutes !== undefined) {
    reasons.push({ kind: 'commute', from: seeker.town, to: opening.town, minutes, points: Math.max(0, COMMUTE_POINTS - Math.round(minutes / 2)) });
  }
  reasons.push({ kind: 'places', open, points: Math.min(PLACES_POINTS_MAX, open * PLACE_POINTS) });
  const history = group && index.outcomes.get(opening.companyId)?.[group];
  if (history && history.of > 0) {
    reasons.push({ kind: 'history', hired: history.hired, of: history.of, points: Math.round((HISTORY_POINTS * history.hired) / (history.of + 1)) });
  }
  return reasons;
}

const scoreOf = (reasons: readonly MatchReason[]) => reasons.reduce((sum, r) => sum + r.points, 0);
const byScoreThen = <T extends { score: number }>(id: (x: T) => string) => (a: T, b: T) =>
  b.score - a.score || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);

/** A seeker's page: the best open openings for them, best first. */
export function suggestOpenings(index: MatchIndex, seeker: MatchSeeker, limit = SUGGESTION_LIMIT): Suggestion[] {
  const busy = companiesInTrial(index, seeker.id);
  const group = ageGroupToday(index, seeker);
  const suggestions: Suggestion[] = [];
  for (const [companyId, openings] of index.openingsByCompany) {
    if (busy.has(companyId)) continue;
    for (const candidate of openings) {
      const reasons = reasonsFor(index, seeker, group, candidate);
      suggestions.push({ openingId: candidate.opening.id, companyId, score: scoreOf(reasons), reasons });
    }
  }
  return suggestions.sort(byScoreThen((s) => s.openingId)).slice(0, limit);
}

/** Still looking for work: registered or matching, with no trial running and no hire (seekerProgrammeStatus). */
export function isLookingForWork(index: MatchIndex, seeker: MatchSeeker): boolean {
  const placements = index.placementsBySeeker.get(seeker.id);
  // With no placements the programme status is the stored one; most of 20,000 seekers have none.
  return LOOKING.has(placements ? seekerProgrammeStatus(seeker, placements) : seeker.status);
}

/**
 * A company's page: the seekers who fit one of its open openings, best first, each with the opening that
 * suits them best. A seeker fits when they want the opening's industry (or named no industry at all),
 * are looking for work, and have no open trial at this company. Over 20,000 seekers the industry is
 * looked up first, so most seekers cost one map lookup per desired industry.
 */
export function candidatesFor(index: MatchIndex, companyId: string, seekers: readonly MatchSeeker[], limit = CANDIDATE_LIMIT): Candidate[] {
  const all = index.openingsByCompany.get(companyId);
  const byIndustry = index.openingsByCompanyIndustry.get(companyId);
  if (!all || !byIndustry) return [];
  const candidates: Candidate[] = [];
  for (const seeker of seekers) {
    const wanted = seeker.desiredIndustries;
    if (wanted.length > 0 && !wanted.some((industry) => byIndustry.has(industry))) continue;
    if (!isLookingForWork(index, seeker) || companiesInTrial(index, seeker.id).has(companyId)) continue;
    const fitting = wanted.length === 0 ? all : wanted.flatMap((industry) => byIndustry.get(industry) ?? NONE);
    const group = ageGroupToday(index, seeker);
    let best: Candidate | undefined;
    for (const candidate of fitting) {
      const reasons = reasonsFor(index, seeker, group, candidate);
      const score = scoreOf(reasons);
      if (!best || score > best.score || (score === best.score && candidate.opening.id < best.openingId)) {
        best = { seekerId: seeker.id, openingId: candidate.opening.id, companyId, score, reasons };
      }
    }
    if (best) candidates.push(best);
  }
  return candidates.sort(byScoreThen((c) => c.seekerId)).slice(0, limit);
}

/** The consent line of a candidate: whether one of the seeker's consents covers the company today. */
export function withConsentReason(candidate: Candidate, consentsOfSeeker: readonly PlainRecord[], today: string): Candidate {
  const given = anyConsentCovers(consentsOfSeeker, candidate.companyId, today);
  return { ...candidate, reasons: [...candidate.reasons, { kind: 'consent', given, points: 0 }] };
}
