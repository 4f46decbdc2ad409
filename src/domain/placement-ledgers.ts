/**
 * The placement ledgers a fee-charging placement business keeps per office (職業安定法 第32条の15,
 * 施行規則 第24条の7): the 求人管理簿 and 求職管理簿 (together the 求人求職管理簿) and the 手数料管理簿,
 * built for one fiscal year from the records the field screens write, never kept by hand.
 *
 *  - A 紹介 is a trial placement (kind 'trial') proposing a seeker to a company; its date is the date of
 *    the provision record the proposal wrote (the day the seeker's data went to the company).
 *  - 求人管理簿: one line per 紹介 of each opening received in the year (an opening with no 紹介 yet has
 *    one line with the 紹介 columns blank). A 紹介 made outside any opening is listed under its company
 *    in the year of the 紹介, with the opening's items blank for the staff to fill in.
 *  - 求職管理簿: one line per 紹介 of each seeker registered in the year (or one line without). A deleted
 *    seeker's name, address and birth date come from the ledger hold the erasure kept (entities.ts).
 *  - 手数料管理簿: one line per success fee of the year, the year being its hire's (fees.ts).
 * Dates stay ISO and outcomes stay codes: the screen words and formats them.
 */
import type { Company, LedgerHold, Opening, Provision, RetentionCheck, Seeker, SuccessFee, TrialPlacement } from '../shared/entities';
import type { Industry, Town } from '../shared/codes';
import { ledgerHoldId } from '../shared/ids';
import { feeFiscalYear } from './fees';
import { fiscalYearOf } from './fiscal-year';

/** Every record the ledgers read, tombstones included (a deleted seeker keeps a line). */
export type LedgerInput = {
  openings: readonly Opening[];
  companies: readonly Company[];
  seekers: readonly Seeker[];
  trialPlacements: readonly TrialPlacement[];
  provisions: readonly Provision[];
  successFees: readonly SuccessFee[];
  retentionChecks: readonly RetentionCheck[];
  ledgerHolds: readonly LedgerHold[];
};

/** 採否: 採用, 不採用, 辞退 (the seeker withdrew), or still being decided (提案・調整中・実施中). */
export type ReferralOutcome = 'hired' | 'not_hired' | 'withdrawn' | 'pending';

/**
 * Whether a 無期雇用 hire (雇用形態 'regular') left within six months (2018 addition to both ledgers):
 * 'left' when a 1, 3 or 6 month retention check found them gone, 'stayed' once the 6 month check found
 * them employed, 'unconfirmed' before that; '' for a line without a 無期雇用 hire.
 */
export type EarlyLeave = 'left' | 'stayed' | 'unconfirmed' | '';

/** One 紹介 as both ledgers state it. */
export type Referral = {
  placementId: string;
  referredOn: string;
  outcome: ReferralOutcome;
  hiredOn: string;
  earlyLeave: EarlyLeave;
};

export type JobLedgerRow = {
  /** '' for a 紹介 made outside any opening. */
  openingId: string;
  companyName: string;
  companyPostalCode: string;
  companyAddress: string;
  contactPerson: string;
  contactPhone: string;
  receivedOn: string;
  validUntil: string;
  closedOn: string;
  places: number | null;
  jobType: string;
  town: Town | '';
  workplace: string;
  wageUnit: Opening['wageUnit'] | '';
  wageAmount: number | null;
  seekerName: string;
  referral: Referral | null;
};

export type SeekerLedgerRow = {
  seekerId: string;
  name: string;
  postalCode: string;
  address: string;
  birthDate: string;
  desiredIndustries: readonly Industry[];
  registeredOn: string;
  /** Deleted: the personal items come from its ledger hold (blank once that too is erased). */
  deleted: boolean;
  companyName: string;
  referral: Referral | null;
};

export type FeeLedgerRow = {
  feeId: string;
  companyName: string;
  amount: number;
  paidOn: string;
  invoicedOn: string;
  status: SuccessFee['status'];
  seekerName: string;
  hiredOn: string;
};

export type PlacementLedgers = { jobs: JobLedgerRow[]; seekers: SeekerLedgerRow[]; fees: FeeLedgerRow[] };

const OUTCOMES: Record<TrialPlacement['status'], ReferralOutcome> = {
  proposed: 'pending',
  arranging: 'pending',
  in_trial: 'pending',
  hired: 'hired',
  not_hired: 'not_hired',
  withdrawn: 'withdrawn',
};

const personName = (p: { familyName: string; givenName: string }) => [p.familyName, p.givenName].filter(Boolean).join(' ');

/** The seeker's ledger items: their own while they exist, their ledger hold's once deleted. */
function personalItems(seeker: Seeker, holds: ReadonlyMap<string, LedgerHold>) {
  const source = seeker.deleted ? holds.get(ledgerHoldId(seeker.id)) : seeker;
  return {
    name: source ? personName(source) : '',
    postalCode: source?.postalCode ?? '',
    address: source?.address ?? '',
    birthDate: source?.birthDate ?? '',
  };
}

export function earlyLeaveOf(placement: TrialPlacement, checks: readonly RetentionCheck[]): EarlyLeave {
  if (placement.status !== 'hired' || placement.employmentType !== 'regular') return '';
  if (checks.some((c) => c.outcome === 'left')) return 'left';
  return checks.some((c) => c.milestone === '6m' && c.outcome === 'employed') ? 'stayed' : 'unconfirmed';
}

/** The 紹介 of every live trial placement, by placement id. */
function referralsOf(input: LedgerInput): Map<string, Referral> {
  const proposedOn = new Map<string, string>();
  for (const p of input.provisions) if (!p.deleted && p.purpose === 'trial_proposal' && p.placementId) proposedOn.set(p.placementId, p.date);
  const checks = new Map<string, RetentionCheck[]>();
  for (const c of input.retentionChecks) if (!c.deleted) checks.set(c.placementId, [...(checks.get(c.placementId) ?? []), c]);
  const out = new Map<string, Referral>();
  for (const p of input.trialPlacements) {
    if (p.deleted || p.kind !== 'trial') continue;
    out.set(p.id, {
      placementId: p.id,
      // A placement synced before provisions were recorded: the day it was written is the day it was proposed.
      referredOn: proposedOn.get(p.id) ?? p.createdAt.slice(0, 10),
      outcome: OUTCOMES[p.status],
      hiredOn: p.status === 'hired' ? p.hiredOn : '',
      earlyLeave: earlyLeaveOf(p, checks.get(p.id) ?? []),
    });
  }
  return out;
}

const byDate = (a: Referral, b: Referral) => a.referredOn.localeCompare(b.referredOn) || a.placementId.localeCompare(b.placementId);

/** The three ledgers of one fiscal year. */
export function placementLedgers(input: LedgerInput, fiscalYear: number): PlacementLedgers {
  const referrals = referralsOf(input);
  const companies = new Map(input.companies.map((c) => [c.id, c]));
  const seekers = new Map(input.seekers.map((s) => [s.id, s]));
  const holds = new Map(input.ledgerHolds.map((h) => [h.id, h]));
  const placements = input.trialPlacements.filter((p) => referrals.has(p.id));
  const placementById = new Map(input.trialPlacements.map((p) => [p.id, p]));
  const referralsBy = (key: 'openingId' | 'seekerId') => {
    const out = new Map<string, Referral[]>();
    for (const p of placements) out.set(p[key], [...(out.get(p[key]) ?? []), referrals.get(p.id)!]);
    for (const list of out.values()) list.sort(byDate);
    return out;
  };
  const ofOpening = referralsBy('openingId');
  const ofSeeker = referralsBy('seekerId');
  const seekerName = (id: string) => {
    const s = seekers.get(id);
    return s ? personalItems(s, holds).name : '';
  };
  const inYear = (day: string) => day !== '' && fiscalYearOf(day) === fiscalYear;

  const jobLine = (company: Company | undefined, opening: Opening | null, referral: Referral | null): JobLedgerRow => {
    const placement = referral && placementById.get(referral.placementId);
    return {
      openingId: opening?.id ?? '',
      companyName: company?.name ?? '',
      companyPostalCode: company?.postalCode ?? '',
      companyAddress: company?.address ?? '',
      contactPerson: company?.contactPerson ?? '',
      contactPhone: company?.phone ?? '',
      receivedOn: opening?.receivedOn ?? '',
      validUntil: opening?.validUntil ?? '',
      closedOn: opening?.closedOn ?? '',
      places: opening?.places ?? null,
      jobType: opening?.jobType ?? placement?.jobTitle ?? '',
      town: opening?.town ?? '',
      workplace: opening?.workplace ?? '',
      wageUnit: opening?.wageUnit ?? '',
      wageAmount: opening?.wageAmount ?? null,
      seekerName: placement ? seekerName(placement.seekerId) : '',
      referral,
    };
  };

  const jobs: JobLedgerRow[] = [];
  const openings = input.openings.filter((o) => !o.deleted && inYear(o.receivedOn));
  for (const o of [...openings].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id.localeCompare(b.id))) {
    const own = ofOpening.get(o.id) ?? [];
    const company = companies.get(o.companyId);
    if (own.length === 0) jobs.push(jobLine(company, o, null));
    for (const r of own) jobs.push(jobLine(company, o, r));
  }
  for (const r of (ofOpening.get('') ?? []).filter((r) => inYear(r.referredOn))) {
    jobs.push(jobLine(companies.get(placementById.get(r.placementId)!.companyId), null, r));
  }

  const seekerRows: SeekerLedgerRow[] = [];
  const registered = input.seekers.filter((s) => inYear(s.registeredOn));
  for (const s of [...registered].sort((a, b) => a.registeredOn.localeCompare(b.registeredOn) || a.id.localeCompare(b.id))) {
    const base = { seekerId: s.id, ...personalItems(s, holds), desiredIndustries: s.desiredIndustries, registeredOn: s.registeredOn, deleted: s.deleted };
    const own = ofSeeker.get(s.id) ?? [];
    if (own.length === 0) seekerRows.push({ ...base, companyName: '', referral: null });
    for (const r of own) {
      const companyId = placementById.get(r.placementId)!.companyId;
      seekerRows.push({ ...base, companyName: companies.get(companyId)?.name ?? '', referral: r });
    }
  }

  const fees: FeeLedgerRow[] = [];
  for (const f of input.successFees) {
    const p = placementById.get(f.placementId);
    if (f.deleted || !p || feeFiscalYear(p.hiredOn) !== fiscalYear) continue;
    fees.push({
      feeId: f.id,
      companyName: companies.get(p.companyId)?.name ?? '',
      amount: f.amount,
      paidOn: f.paidOn,
      invoicedOn: f.invoicedOn,
      status: f.status,
      seekerName: seekerName(p.seekerId),
      hiredOn: p.hiredOn,
    });
  }
  fees.sort((a, b) => a.hiredOn.localeCompare(b.hiredOn) || a.feeId.localeCompare(b.feeId));

  return { jobs, seekers: seekerRows, fees };
}

/** The fiscal years any ledger has a line in, newest first, with `today`'s year always offered. */
export function ledgerFiscalYears(input: LedgerInput, today: string): number[] {
  const years = new Set<number>([fiscalYearOf(today)]);
  for (const o of input.openings) if (!o.deleted) years.add(fiscalYearOf(o.receivedOn));
  for (const s of input.seekers) years.add(fiscalYearOf(s.registeredOn));
  for (const r of referralsOf(input).values()) years.add(fiscalYearOf(r.referredOn));
  for (const p of input.trialPlacements) if (!p.deleted && p.hiredOn) years.add(fiscalYearOf(p.hiredOn));
  return [...years].sort((a, b) => b - a);
}
