/**
 * 求人: the openings host companies file with the programme, each valid for a few months, a few closed
 * early (filled or withdrawn by the company). Placements fill their places (generator: addTrials).
 */
import type { Company, Opening } from '../entities';
import { addDays, dateBetween, maxDate, minDate } from './dates';
import { jobTitle } from './company-names';
import { meta } from './meta';
import type { Rng } from './rng';
import { JOB_CONTENT, WORKING_DAYS, WORKING_HOURS, sentences } from './texts';

/** How far back the demo's openings were received: the ledger of the last year and a half. */
const RECEIVED_WITHIN_DAYS = 540;

export function demoOpening(rng: Rng, ctx: { id: string; now: string; company: Company }): Opening {
  const { now, company } = ctx;
  const created = company.createdAt.slice(0, 10);
  // Recent months are likelier: the programme grows, and expired openings are not refiled.
  const from = maxDate(created, addDays(now, -RECEIVED_WITHIN_DAYS));
  const span = Math.max(0, Math.round((Date.parse(now) - Date.parse(from)) / 86_400_000));
  const receivedOn = minDate(addDays(now, -Math.floor(span * rng.next() ** 2)), now);
  const validUntil = addDays(receivedOn, rng.int(60, 120));
  const closeBy = minDate(validUntil, now);
  const closedOn =
    rng.chance(0.15) && addDays(receivedOn, 7) <= closeBy ? dateBetween(rng, addDays(receivedOn, 7), closeBy) : '';
  const jobType = jobTitle(rng, company.industry);
  const wageUnit = rng.weighted([
    ['hourly', 6],
    ['daily', 1],
    ['monthly', 3],
  ] as const);
  return {
    ...meta(rng, ctx.id, now, receivedOn, closedOn || receivedOn),
    companyId: company.id,
    jobType,
    industry: company.industry,
    jobContent: sentences(rng, JOB_CONTENT, 1, 3),
    town: company.town,
    workplace: rng.chance(0.8) ? company.address : '',
    workingHours: rng.pick(WORKING_HOURS),
    workingDays: rng.pick(WORKING_DAYS),
    wageUnit,
    // Hokkaido's minimum wage is about 1,075 yen an hour (2025).
    wageAmount:
      wageUnit === 'hourly'
        ? rng.int(216, 280) * 5
        : wageUnit === 'daily'
          ? rng.int(80, 120) * 100
          : rng.int(170, 240) * 1000,
    places: rng.weighted([
      [1, 5],
      [2, 3],
      [3, 2],
    ] as const),
    receivedOn,
    validUntil,
    closedOn,
    notes: rng.chance(0.3) ? 'シニア歓迎。' : '',
  };
}

/** Open for proposals on `day`: received, still valid, not closed. */
export const openOn = (opening: Opening, day: string) =>
  opening.receivedOn <= day && day <= opening.validUntil && (opening.closedOn === '' || day < opening.closedOn);

const WAGE_UNIT_JA = { hourly: '時給', daily: '日給', monthly: '月給' } as const;

/** The wage as a placement records it (時給 1,100円). */
export const wageText = (opening: Pick<Opening, 'wageUnit' | 'wageAmount'>) =>
  `${WAGE_UNIT_JA[opening.wageUnit]} ${opening.wageAmount.toLocaleString('en-US')}円`;
