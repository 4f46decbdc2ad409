/**
 * Builders for the trial-work side: host companies, coordinators' visits, trial placements and the
 * success fees that hires earn. Lifecycle states follow from the dates relative to `now`, so a
 * trial that ended last month is closed and one starting next week is still being arranged.
 */
import type { Company, CompanyVisit, Opening, Seeker, SuccessFee, TrialPlacement } from '../entities';
import { addDays, dateBetween, maxDate, minDate, monthStartAfter, weekday, weekdayBefore } from './dates';
import { INDUSTRY_WEIGHTS, companyName, jobTitle } from './company-names';
import { PROGRAMME_START, meta } from './meta';
import { COORDINATORS, fullName } from './names';
import { wageText } from './openings';
import { address, landLine, pickTown } from './places';
import type { Rng } from './rng';
import { COMPANY_CONDITIONS, EMPLOYER_FEEDBACK, NEXT_ACTIONS, PEOPLE_MET_ROLES, VISIT_NOTES, sentences } from './texts';
import { pickCoordinator } from './users';

type Ctx = { id: string; now: string };

export function demoCompany(rng: Rng, ctx: Ctx): Company {
  const industry = rng.weighted(INDUSTRY_WEIGHTS);
  const town = pickTown(rng);
  const firstContact = dateBetween(rng, minDate(PROGRAMME_START, ctx.now), ctx.now);
  return {
    ...meta(rng, ctx.id, ctx.now, firstContact),
    ...companyName(rng, industry),
    industry,
    town,
    ...address(rng, town),
    phone: landLine(rng, town),
    contactPerson: fullName(rng, rng.int(1955, 1990)),
    capacity: rng.weighted([
      [1, 4],
      [2, 4],
      [3, 2],
      [5, 1],
    ] as const),
    conditions: sentences(rng, COMPANY_CONDITIONS, 1, 4),
    status: rng.weighted([
      ['prospect', 20],
      ['visited', 15],
      ['host_registered', 25],
      ['active', 35],
      ['dormant', 5],
    ] as const),
    nextVisitDue: '',
    coordinatorUserId: pickCoordinator(rng),
  };
}

/** How many times a coordinator has been to a company at each stage of the pipeline. */
const VISIT_COUNTS = {
  prospect: [0, 0],
  visited: [1, 1],
  host_registered: [1, 2],
  active: [2, 5],
  dormant: [1, 2],
} as const;

/**
 * The visits to one company, oldest first. The first recruits the company; later ones arrange trials,
 * follow up or see to something else. The latest set `nextDue` (a few weeks to three months ahead), so
 * visits are laid out backwards from it; a dormant company (no `nextDue`) was last seen a while ago.
 * `scale` multiplies how often companies are visited (the programme-volume demo visits more).
 */
export function demoCompanyVisits(
  rng: Rng,
  company: Company,
  ctx: { now: string; nextId: () => string; nextDue: string; scale?: number },
): CompanyVisit[] {
  const [min, max] = VISIT_COUNTS[company.status];
  const scale = ctx.scale ?? 1;
  const created = company.createdAt.slice(0, 10);
  const latest = ctx.nextDue ? minDate(addDays(ctx.nextDue, -rng.int(14, 90)), ctx.now) : addDays(ctx.now, -rng.int(60, 400));
  const dates: string[] = [];
  for (let i = Math.round(rng.int(min, max) * scale), date = maxDate(weekdayBefore(latest), created); i > 0 && date >= created; i--) {
    dates.unshift(date);
    date = weekdayBefore(addDays(date, -Math.max(7, Math.round(rng.int(20, 120) / scale))));
  }
  const contact = company.contactPerson.split(' ')[0]!;
  return dates.map((date, i): CompanyVisit => {
    const purpose =
      i === 0
        ? 'recruit'
        : rng.weighted([
            ['arrange', 4],
            ['follow_up', 4],
            ['other', 1],
          ] as const);
    return {
      ...meta(rng, ctx.nextId(), ctx.now, date),
      companyId: company.id,
      date,
      time: `${String(rng.int(9, 16)).padStart(2, '0')}:${rng.pick(['00', '30'])}`,
      coordinatorName: rng.pick(COORDINATORS),
      purpose,
      peopleMet: rng.chance(0.8) ? `${rng.pick(PEOPLE_MET_ROLES)} ${contact}様` : '',
      notes: sentences(rng, VISIT_NOTES[purpose], 1, 2),
      nextAction: rng.pick(NEXT_ACTIONS),
      nextVisitDate: i === dates.length - 1 ? ctx.nextDue : '',
    };
  });
}

const NOT_HIRED_REASONS = [
  ['skills_mismatch', 4],
  ['working_conditions', 3],
  ['health', 2],
  ['commute', 2],
  ['company_decision', 2],
  ['other', 1],
] as const;
const WITHDRAWN_REASONS = [
  ['seeker_found_other_job', 4],
  ['health', 2],
  ['commute', 2],
  ['working_conditions', 2],
  ['other', 1],
] as const;

/**
 * A trial at a company, proposed on `proposedOn`, filling `opening` if it has one. Its status follows
 * from the dates: not started yet → proposed or arranging, running → in trial, ended → decided. A
 * `scene` (scenes.ts) fixes the end and the hire instead, and leaves a trial whose end has passed undecided.
 */
export function demoTrialPlacement(
  rng: Rng,
  ctx: Ctx & {
    seeker: Pick<Seeker, 'id'>;
    company: Pick<Company, 'id' | 'industry' | 'coordinatorUserId'>;
    startDate: string;
    proposedOn: string;
    opening?: Opening;
    overPlacesReason?: string;
    scene?: { endDate: string; hiredOn: string };
  },
): TrialPlacement {
  const { now, startDate, scene, opening } = ctx;
  // Trials are short by design: one to four weeks, ending on a Friday-ish weekday.
  const endDate = scene?.endDate ?? weekday(addDays(startDate, rng.int(1, 4) * 7 - 3));
  const status: TrialPlacement['status'] =
    startDate > now
      ? rng.weighted([
          ['proposed', 1],
          ['arranging', 2],
        ] as const)
      : scene
        ? scene.hiredOn
          ? 'hired'
          : 'in_trial'
        : endDate >= now
          ? 'in_trial'
          : rng.weighted([
              ['hired', 55],
              ['not_hired', 30],
              ['withdrawn', 15],
            ] as const);
  const closed = status === 'hired' || status === 'not_hired' || status === 'withdrawn';
  const hiredOn = status === 'hired' ? (scene?.hiredOn ?? minDate(addDays(endDate, rng.int(1, 14)), now)) : '';
  const lastTouched = hiredOn || (closed ? endDate : minDate(now, endDate));
  return {
    ...meta(rng, ctx.id, now, ctx.proposedOn, status === 'proposed' || status === 'arranging' ? now : lastTouched),
    seekerId: ctx.seeker.id,
    companyId: ctx.company.id,
    kind: 'trial',
    openingId: opening?.id ?? '',
    jobTitle: opening?.jobType ?? jobTitle(rng, ctx.company.industry),
    jobContent: opening?.jobContent ?? '',
    workingHours: opening?.workingHours ?? '',
    wage: opening ? wageText(opening) : '',
    startDate,
    endDate,
    status,
    hiredOn,
    employmentType:
      status === 'hired'
        ? rng.weighted([
            ['regular', 4],
            ['contract', 3],
            ['part_time', 3],
          ] as const)
        : '',
    endReason: status === 'not_hired' ? rng.weighted(NOT_HIRED_REASONS) : status === 'withdrawn' ? rng.weighted(WITHDRAWN_REASONS) : '',
    employerFeedback: closed ? rng.pick(EMPLOYER_FEEDBACK[status]) : '',
    overPlacesReason: ctx.overPlacesReason ?? '',
    coordinatorUserId: ctx.company.coordinatorUserId,
  };
}

/**
 * The fee a hire earns, at its fiscal year's amount (`amount`). Fees are invoiced monthly: early in the
 * month after the hire, paid a few weeks later. A few invoices are late or stay unpaid past the due
 * date (the day list and the report have to show them); `unbilled` keeps one waiting to be invoiced.
 */
export function demoSuccessFee(
  rng: Rng,
  ctx: { id: string; now: string; amount: number; unbilled?: boolean; placement: Pick<TrialPlacement, 'id' | 'hiredOn'> },
): SuccessFee {
  const { now } = ctx;
  const hiredOn = ctx.placement.hiredOn || now;
  const late = rng.chance(0.08) ? rng.int(20, 60) : 0;
  const invoiceDay = addDays(monthStartAfter(hiredOn), rng.int(0, 10) + late);
  const payDay = addDays(invoiceDay, rng.int(10, 45));
  const status = ctx.unbilled || invoiceDay > now ? 'not_invoiced' : payDay > now || rng.chance(0.05) ? 'invoiced' : 'paid';
  return {
    ...meta(rng, ctx.id, now, hiredOn, status === 'paid' ? payDay : status === 'invoiced' ? invoiceDay : hiredOn),
    placementId: ctx.placement.id,
    amount: ctx.amount,
    status,
    invoicedOn: status === 'not_invoiced' ? '' : invoiceDay,
    paidOn: status === 'paid' ? payDay : '',
    note: late > 0 && status !== 'not_invoiced' ? '事業所の締め日の都合で請求が遅れた。' : '',
  };
}
