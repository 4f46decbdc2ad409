/**
 * The records that follow a placement and a seeker: check-ins during the trial, retention checks
 * after a hire (1, 3 and 6 months), the seeker's consent to provision (taken at registration, a few
 * withdrawn later) and the provision record each proposal wrote. Dates follow `now` like the rest.
 */
import type { CheckIn, Consent, Provision, RetentionCheck, Seeker, TrialPlacement } from '../entities';
import { PROPOSAL_ITEMS } from '../codes';
import { addDays, minDate } from './dates';
import { meta } from './meta';
import { COORDINATORS, COUNTER_STAFF } from './names';
import type { Rng } from './rng';
import { CHECK_IN_NOTES, RETENTION_NOTES } from './texts';

export function demoCheckIns(rng: Rng, placement: TrialPlacement, ctx: { now: string; nextId: () => string }): CheckIn[] {
  const out: CheckIn[] = [];
  if (placement.status === 'proposed' || placement.status === 'arranging') return out;
  const staffName = rng.pick(COORDINATORS);
  for (let d = addDays(placement.startDate, rng.int(1, 3)); d <= minDate(placement.endDate, ctx.now); d = addDays(d, rng.int(3, 7)))
    out.push({ ...meta(rng, ctx.nextId(), ctx.now, d), placementId: placement.id, date: d, staffName, withWhom: 'both', progress: 'good', note: rng.pick(CHECK_IN_NOTES), concerns: '' });
  return out;
}

const MILESTONES = [
  ['1m', 30],
  ['3m', 91],
  ['6m', 182],
] as const;

/** Most hires stay; a few leave between checks, after which nobody checks again. */
export function demoRetentionChecks(rng: Rng, placement: TrialPlacement, ctx: { now: string; nextId: () => string }): RetentionCheck[] {
  const out: RetentionCheck[] = [];
  if (placement.status !== 'hired' || !placement.hiredOn) return out;
  for (const [milestone, days] of MILESTONES) {
    const date = addDays(placement.hiredOn, days + rng.int(0, 10));
    if (date > ctx.now) break;
    const outcome = rng.weighted([
      ['employed', 90],
      ['left', 7],
      ['unknown', 3],
    ] as const);
    out.push({ ...meta(rng, ctx.nextId(), ctx.now, date), placementId: placement.id, milestone, date, outcome, leftReason: outcome === 'left' ? 'working_conditions' : '', staffName: rng.pick(COORDINATORS), note: outcome === 'employed' ? rng.pick(RETENTION_NOTES) : '' });
    if (outcome !== 'employed') break;
  }
  return out;
}

/** Taken at registration; every seeker with a placement has one, most others too; a few withdrew later. */
/** `firstProposal`: the day the seeker's first placement was proposed ('' if none); consent precedes it. */
export function demoConsent(rng: Rng, seeker: Seeker, ctx: { id: string; now: string; firstProposal: string }): Consent | undefined {
  const hasPlacement = ctx.firstProposal !== '';
  if (!hasPlacement && !rng.chance(0.8)) return undefined;
  const date = hasPlacement && ctx.firstProposal < seeker.registeredOn ? ctx.firstProposal : seeker.registeredOn;
  const withdrawn = !hasPlacement && rng.chance(0.05) ? minDate(addDays(seeker.registeredOn, rng.int(20, 200)), ctx.now) : '';
  return {
    ...meta(rng, ctx.id, ctx.now, date, withdrawn || date),
    seekerId: seeker.id,
    date,
    takenBy: rng.pick(COUNTER_STAFF),
    method: rng.chance(0.9) ? 'written' : 'oral',
    scope: 'all_hosts',
    companyIds: [],
    withdrawnOn: withdrawn,
    note: '',
  };
}

export function demoProvision(rng: Rng, placement: TrialPlacement, ctx: { id: string; now: string; staffUserId: string }): Provision {
  const date = placement.createdAt.slice(0, 10);
  return {
    ...meta(rng, ctx.id, ctx.now, date),
    seekerId: placement.seekerId,
    companyId: placement.companyId,
    date,
    purpose: 'trial_proposal',
    items: [...PROPOSAL_ITEMS],
    placementId: placement.id,
    staffUserId: ctx.staffUserId,
  };
}
