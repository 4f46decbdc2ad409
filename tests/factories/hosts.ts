/**
 * Host companies, visits, trial placements and success fees. Overriding a lifecycle status fills in the
 * fields that status requires (a hire date, an end reason, an invoice date) unless the test sets them,
 * so `buildTrialPlacement({ status: 'hired' })` is valid as written.
 */
import {
  companySchema,
  companyVisitSchema,
  openingSchema,
  programmeSettingSchema,
  successFeeSchema,
  trialPlacementSchema,
  type Company,
  type CompanyVisit,
  type Opening,
  type ProgrammeSetting,
  type SuccessFee,
  type TrialPlacement,
} from '../../src/shared/entities';
import { addDays, dateBetween, minDate } from '../../src/shared/demo/dates';
import { demoCompany, demoCompanyVisits, demoSuccessFee, demoTrialPlacement } from '../../src/shared/demo/hosts';
import { meta } from '../../src/shared/demo/meta';
import { programmeSettingId } from '../../src/shared/ids';
import { FACTORY_NOW, nextRng } from './sequence';

export function buildCompany(overrides: Partial<Company> = {}): Company {
  const rng = nextRng();
  return companySchema.parse({ ...demoCompany(rng, { id: rng.uuid(), now: FACTORY_NOW }), ...overrides });
}

export function buildCompanyVisit(overrides: Partial<CompanyVisit> = {}): CompanyVisit {
  const rng = nextRng();
  // A company first contacted a year ago with one visit so far: the visit builder always yields one.
  const company = { ...demoCompany(rng, { id: rng.uuid(), now: FACTORY_NOW }), status: 'visited' as const };
  company.createdAt = '2025-06-02T10:00:00.000+09:00';
  const [visit] = demoCompanyVisits(rng, company, { now: FACTORY_NOW, nextId: () => rng.uuid(), nextDue: addDays(FACTORY_NOW, 30) });
  return companyVisitSchema.parse({ ...visit, ...overrides });
}

export function buildTrialPlacement(overrides: Partial<TrialPlacement> = {}): TrialPlacement {
  const rng = nextRng();
  const startDate = dateBetween(rng, '2025-04-01', addDays(FACTORY_NOW, 30));
  const company = { id: rng.uuid(), industry: 'manufacturing' as const, coordinatorUserId: '' };
  const base = demoTrialPlacement(rng, {
    id: rng.uuid(),
    now: FACTORY_NOW,
    seeker: { id: rng.uuid() },
    company,
    startDate,
    proposedOn: minDate(addDays(startDate, -20), FACTORY_NOW),
  });
  const merged = { ...base, ...overrides };
  const statusSet = overrides.status !== undefined && overrides.status !== base.status;
  // A status or period the test sets gets a hire date that fits it (a hire follows the trial's end).
  if (statusSet || 'startDate' in overrides || 'endDate' in overrides) {
    if (!('hiredOn' in overrides)) merged.hiredOn = merged.status === 'hired' ? addDays(merged.endDate, 3) : '';
    if (!('employmentType' in overrides)) merged.employmentType = merged.status === 'hired' ? base.employmentType || 'regular' : '';
  }
  if (statusSet && !('endReason' in overrides)) merged.endReason = merged.status === 'not_hired' || merged.status === 'withdrawn' ? 'other' : '';
  return trialPlacementSchema.parse(merged);
}

export function buildSuccessFee(overrides: Partial<SuccessFee> = {}): SuccessFee {
  const rng = nextRng();
  const placement = { id: rng.uuid(), hiredOn: dateBetween(rng, '2025-04-01', FACTORY_NOW) };
  const base = demoSuccessFee(rng, { id: rng.uuid(), now: FACTORY_NOW, amount: 150_000, placement });
  const merged = { ...base, ...overrides };
  if (overrides.status && overrides.status !== base.status) {
    const invoiced = addDays(placement.hiredOn, 30);
    if (!('invoicedOn' in overrides)) merged.invoicedOn = merged.status === 'not_invoiced' ? '' : invoiced;
    if (!('paidOn' in overrides)) merged.paidOn = merged.status === 'paid' ? addDays(invoiced, 20) : '';
  }
  return successFeeSchema.parse(merged);
}

export function buildOpening(overrides: Partial<Opening> = {}): Opening {
  const rng = nextRng();
  return openingSchema.parse({
    ...meta(rng, rng.uuid(), FACTORY_NOW, '2026-04-15'),
    companyId: rng.uuid(),
    jobType: '介護補助',
    industry: 'care_welfare',
    jobContent: '入浴・食事の補助、清掃',
    town: 'asahikawa',
    workplace: '',
    workingHours: '9:00〜16:00',
    workingDays: '週3〜4日',
    wageUnit: 'hourly',
    wageAmount: 1_075,
    places: 2,
    receivedOn: '2026-04-15',
    validUntil: '2026-07-31',
    closedOn: '',
    notes: '',
    ...overrides,
  });
}

export function buildProgrammeSetting(overrides: Partial<ProgrammeSetting> = {}): ProgrammeSetting {
  const rng = nextRng();
  const fiscalYear = overrides.fiscalYear ?? 2026;
  return programmeSettingSchema.parse({ ...meta(rng, programmeSettingId(fiscalYear), FACTORY_NOW, '2026-04-01'), fiscalYear, successFeeAmount: 150_000, programmeCost: 26_319_000, ...overrides });
}
