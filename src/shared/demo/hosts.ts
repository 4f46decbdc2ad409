/**
 * Builders for the trial-work side: host companies, coordinators' visits, trial placements and the
 * success fees that hires earn. Lifecycle states follow from the dates relative to `now`, so a
 * trial that ended last month is closed and one starting next week is still being arranged.
 */
import type { Company, CompanyVisit, Seeker, SuccessFee, TrialPlacement } from '../entities';
import { addDays, dateBetween, minDate, weekday } from './dates';
import { INDUSTRY_WEIGHTS, companyName, jobTitle } from './company-names';
import { PROGRAMME_START, meta } from './meta';
import { COORDINATORS, fullName } from './names';
import { address, landLine, pickTown } from './places';
import type { Rng } from './rng';
import { COMPANY_CONDITIONS, EMPLOYER_FEEDBACK, NEXT_ACTIONS, VISIT_NOTES, sentences } from './texts';

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
    coordinatorUserId: '',
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
 * The visits to one company, oldest first, and when the next one is due. The first visit recruits the
 * company; later ones arrange trials or follow up.
 */
export function demoCompanyVisits(
  rng: Rng,
  company: Company,
  ctx: { now: string; nextId: () => string },
): { visits: CompanyVisit[]; nextVisitDue: string } {
  const [min, max] = VISIT_COUNTS[company.status];
  const visits: CompanyVisit[] = [];
  let date = weekday(addDays(company.createdAt.slice(0, 10), rng.int(0, 21)));
  for (let i = rng.int(min, max); i > 0 && date <= ctx.now; i--) {
    const purpose =
      visits.length === 0
        ? 'recruit'
        : rng.weighted([
            ['arrange', 1],
            ['follow_up', 1],
          ] as const);
    visits.push({
      ...meta(rng, ctx.nextId(), ctx.now, date),
      companyId: company.id,
      date,
      time: '',
      coordinatorName: rng.pick(COORDINATORS),
      purpose,
      peopleMet: '',
      notes: sentences(rng, VISIT_NOTES[purpose], 1, 2),
      nextAction: rng.pick(NEXT_ACTIONS),
      nextVisitDate: '',
    });
    date = weekday(addDays(date, rng.int(20, 120)));
  }
  const last = visits[visits.length - 1];
  const base = last?.date ?? company.createdAt.slice(0, 10);
  // Dormant companies have no plan; the others are due again in one to three months (some overdue).
  const nextVisitDue = company.status === 'dormant' ? '' : weekday(addDays(base, rng.int(14, 90)));
  if (last) last.nextVisitDate = nextVisitDue;
  return { visits, nextVisitDue };
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

export function demoTrialPlacement(
  rng: Rng,
  ctx: Ctx & { seeker: Pick<Seeker, 'id'>; company: Pick<Company, 'id' | 'industry'>; startDate: string },
): TrialPlacement {
  const { now, startDate } = ctx;
  // Trials are short by design: one to four weeks, ending on a Friday-ish weekday.
  const endDate = weekday(addDays(startDate, rng.int(1, 4) * 7 - 3));
  const status: TrialPlacement['status'] =
    startDate > now
      ? rng.weighted([
          ['proposed', 1],
          ['arranging', 2],
        ] as const)
      : endDate >= now
        ? 'in_trial'
        : rng.weighted([
            ['hired', 55],
            ['not_hired', 30],
            ['withdrawn', 15],
          ] as const);
  const closed = status === 'hired' || status === 'not_hired' || status === 'withdrawn';
  const hiredOn = status === 'hired' ? minDate(addDays(endDate, rng.int(1, 14)), now) : '';
  const lastTouched = hiredOn || (closed ? endDate : minDate(now, endDate));
  return {
    ...meta(
      rng,
      ctx.id,
      now,
      addDays(startDate, -rng.int(14, 40)),
      status === 'proposed' || status === 'arranging' ? now : lastTouched,
    ),
    seekerId: ctx.seeker.id,
    companyId: ctx.company.id,
    openingId: '',
    jobTitle: jobTitle(rng, ctx.company.industry),
    jobContent: '',
    workingHours: '',
    wage: '',
    startDate,
    endDate,
    status,
    hiredOn,
    employmentType: status === 'hired' ? rng.weighted([
      ['regular', 4],
      ['contract', 3],
      ['part_time', 3],
    ] as const) : '',
    endReason:
      status === 'not_hired'
        ? rng.weighted(NOT_HIRED_REASONS)
        : status === 'withdrawn'
          ? rng.weighted(WITHDRAWN_REASONS)
          : '',
    employerFeedback: closed ? rng.pick(EMPLOYER_FEEDBACK[status]) : '',
    overPlacesReason: '',
    coordinatorUserId: '',
  };
}

/** The fee a hire earns: invoiced a few weeks after the hire, paid a few weeks after the invoice. */
export function demoSuccessFee(rng: Rng, ctx: Ctx & { placement: Pick<TrialPlacement, 'id' | 'hiredOn'> }): SuccessFee {
  const { now } = ctx;
  const hiredOn = ctx.placement.hiredOn || now;
  const invoiceDay = addDays(hiredOn, rng.int(20, 40));
  const payDay = addDays(invoiceDay, rng.int(10, 45));
  // A few invoices stay unpaid past the due date: the report has to show them.
  const status = invoiceDay > now ? 'not_invoiced' : payDay > now || rng.chance(0.05) ? 'invoiced' : 'paid';
  return {
    ...meta(rng, ctx.id, now, hiredOn, status === 'paid' ? payDay : status === 'invoiced' ? invoiceDay : hiredOn),
    placementId: ctx.placement.id,
    amount: rng.weighted([
      [100_000, 5],
      [150_000, 3],
      [200_000, 2],
    ] as const),
    status,
    invoicedOn: status === 'not_invoiced' ? '' : invoiceDay,
    paidOn: status === 'paid' ? payDay : '',
    note: '',
  };
}
