/**
 * The records that follow a placement and a seeker: check-ins during the trial, retention checks
 * after a hire (1, 3 and 6 months), the seeker's consent to provision (taken at registration, a few
 * withdrawn later) and the provision record each proposal wrote. Dates follow `now` like the rest.
 */
import type { CheckIn, Consent, Provision, RetentionCheck, Seeker, TrialPlacement } from '../entities';
import { PROPOSAL_ITEMS, RETENTION_MILESTONES } from '../codes';
import { provisionIdOfPlacement } from '../ids';
import { addDays, addMonths, minDate } from './dates';
import { meta } from './meta';
import { COORDINATORS, COUNTER_STAFF } from './names';
import type { Rng } from './rng';
import { CHECK_IN_CONCERNS, CHECK_IN_NOTES, RETENTION_NOTES } from './texts';

/**
 * Check-ins every few days from the trial's start to its end (or today). `lastOn`: the latest is on that
 * day and none came after it (a scene: a trial nobody has checked on for a while).
 */
export function demoCheckIns(rng: Rng, placement: TrialPlacement, ctx: { now: string; nextId: () => string; lastOn?: string }): CheckIn[] {
  const out: CheckIn[] = [];
  if (placement.status === 'proposed' || placement.status === 'arranging') return out;
  const until = ctx.lastOn ?? minDate(placement.endDate, ctx.now);
  const staffName = rng.pick(COORDINATORS);
  const add = (date: string) => {
    const progress = rng.weighted([
      ['good', 7],
      ['some_concerns', 2],
      ['at_risk', 1],
    ] as const);
    out.push({
      ...meta(rng, ctx.nextId(), ctx.now, date),
      placementId: placement.id,
      date,
      staffName,
      withWhom: rng.weighted([
        ['both', 5],
        ['seeker', 3],
        ['company', 2],
      ] as const),
      progress,
      note: rng.pick(CHECK_IN_NOTES),
      concerns: progress === 'good' ? '' : rng.pick(CHECK_IN_CONCERNS),
    });
  };
  let d = addDays(placement.startDate, rng.int(1, 3));
  for (; d <= until; d = addDays(d, rng.int(3, 7))) add(d);
  if (ctx.lastOn && ctx.lastOn > placement.startDate && out[out.length - 1]?.date !== ctx.lastOn) add(ctx.lastOn);
  return out;
}

type RetentionMilestone = (typeof RETENTION_MILESTONES)[number];
const MILESTONE_MONTHS: Record<RetentionMilestone, number> = { '1m': 1, '3m': 3, '6m': 6 };

/**
 * Checked at 1, 3 and 6 months, within days of each milestone; most hires stay, a few leave between
 * checks, after which nobody checks again. Some recent checks are late (not done yet: the day list shows them).
 * `pending`: the checks stop before that milestone (a scene: that one falls due around today).
 */
export function demoRetentionChecks(
  rng: Rng,
  placement: TrialPlacement,
  ctx: { now: string; nextId: () => string; pending?: RetentionMilestone },
): RetentionCheck[] {
  const out: RetentionCheck[] = [];
  if (placement.status !== 'hired' || !placement.hiredOn) return out;
  for (const milestone of RETENTION_MILESTONES) {
    if (milestone === ctx.pending) break;
    const due = addMonths(placement.hiredOn, MILESTONE_MONTHS[milestone]);
    // A check that fell due in the last two months may not be done yet; older ones all were.
    if (due > ctx.now || (!ctx.pending && due >= addDays(ctx.now, -60) && rng.chance(0.25))) break;
    const date = minDate(addDays(due, rng.int(0, 10)), ctx.now);
    const outcome = ctx.pending
      ? 'employed'
      : rng.weighted([
          ['employed', 90],
          ['left', 7],
          ['unknown', 3],
        ] as const);
    out.push({
      ...meta(rng, ctx.nextId(), ctx.now, date),
      placementId: placement.id,
      milestone,
      date,
      outcome,
      leftReason: outcome === 'left' ? rng.weighted([
        ['working_conditions', 3],
        ['relationships', 2],
        ['health', 2],
        ['commute', 1],
        ['personal', 1],
        ['other', 1],
      ] as const) : '',
      staffName: rng.pick(COORDINATORS),
      note: outcome === 'employed' ? rng.pick(RETENTION_NOTES) : outcome === 'left' ? '本人から退職したとの連絡があった。' : '',
    });
    if (outcome === 'left') break; // after 'unknown' (not reached) the next milestone is still checked
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

/** The provision record the rules write when a placement is proposed, under the id they give it. */
export function demoProvision(rng: Rng, placement: TrialPlacement, ctx: { now: string; staffUserId: string }): Provision {
  const date = placement.createdAt.slice(0, 10);
  return {
    ...meta(rng, provisionIdOfPlacement(placement.id), ctx.now, date),
    seekerId: placement.seekerId,
    companyId: placement.companyId,
    date,
    purpose: 'trial_proposal',
    items: [...PROPOSAL_ITEMS],
    placementId: placement.id,
    staffUserId: ctx.staffUserId,
  };
}
