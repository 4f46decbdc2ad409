/**
 * Seeded demo data for 上川中部: the app opens with something to see, the benchmark gets realistic
 * volumes, and the client and the sync server can each seed the same records with the same ids.
 * Deterministic by construction: every value comes from a seeded stream and `now`, never the clock.
 * Each entity has its own content stream and its own id stream, so e.g. longer notes do not change ids.
 */
import type { Company, EntityName, EntityRecord, Opening, ProgrammeSetting, Seeker, TrialPlacement } from './entities';
import { addDays, fiscalYearOf, maxDate, minDate, weekday } from './demo/dates';
import { createDuePlan, dayIn } from './demo/due-plan';
import { demoCompany, demoCompanyVisits, demoSuccessFee, demoTrialPlacement } from './demo/hosts';
import { PROGRAMME_START, meta } from './demo/meta';
import { demoOpening, openOn } from './demo/openings';
import { counsellingDates, demoCounsellingRecord, demoSeeker } from './demo/people';
import { createRng, shuffled, type Rng } from './demo/rng';
import { todayScenes, type Scene } from './demo/scenes';
import { OVER_PLACES_REASONS } from './demo/texts';
import { demoCheckIns, demoConsent, demoProvision, demoRetentionChecks } from './demo/trial-records';
import { addSchools } from './demo/school-year';
import { DEMO_COORDINATOR_USER_ID } from './demo/users';
import { feeIdOfPlacement, programmeSettingId } from './ids';

export type DemoDataOptions = {
  seed?: number;
  /**
   * The demo's "today" (YYYY-MM-DD, or a datetime whose date part is used): everything is laid out around
   * it. Fixed by default so that tests are deterministic; the server passes the day it seeds on.
   */
  now?: string;
  seekers?: number;
  companies?: number;
  /** 求人 of the host companies: each host has one, the rest are spread over them (up to three each). */
  openings?: number;
  /** How often companies are visited, as a multiple of the small demo's one to five visits. */
  visitScale?: number;
  schools?: number;
  studentsPerSchool?: number;
  /** Upper bound: a seeker has at most two trials, so few seekers mean fewer. */
  trialPlacements?: number;
  counsellingPerSeeker?: readonly [number, number];
  /** Fiscal years of internship programmes per school, ending with the current one. */
  programmeYears?: number;
  /** Exact bounds for seeker notes length (characters); the sync benchmark uses [200, 800]. */
  notesLength?: readonly [number, number];
};

export type DemoData = { [E in EntityName]: EntityRecord<E>[] };

export const DEMO_DEFAULTS = {
  seed: 20200901,
  now: '2026-06-01',
  seekers: 300,
  companies: 120,
  openings: 150,
  visitScale: 1,
  schools: 6,
  // Three grades of one class each (~29), a few alumni: the demo teacher's class is a real class's size.
  studentsPerSchool: 90,
  trialPlacements: 160,
  counsellingPerSeeker: [0, 4] as const,
  programmeYears: 2,
} satisfies DemoDataOptions;

/**
 * What `npm start` seeds (DEMO_VOLUME): the small demo, or the volumes the programme will reach, for
 * trying the screens and the device's queries at full size.
 */
export const DEMO_VOLUMES = {
  small: {},
  // 12 schools of 250: 3,000 students, second-year classes of 40.
  programme: { seekers: 20_000, companies: 500, openings: 1_000, visitScale: 5.6, trialPlacements: 3_000, schools: 12, studentsPerSchool: 250 },
} as const satisfies Record<string, DemoDataOptions>;
export type DemoVolume = keyof typeof DEMO_VOLUMES;

/** When companies are next due a visit; the demo coordinator's first three cover late, today and this week. */
const VISIT_DUE_MIX = [
  ['overdue', 15],
  ['today', 5],
  ['week', 20],
  ['later', 60],
] as const;

export function generateDemoData(options: DemoDataOptions = {}): DemoData {
  const o = { ...DEMO_DEFAULTS, ...options, now: (options.now ?? DEMO_DEFAULTS.now).slice(0, 10) };
  const { seed, now } = o;
  const ids = (entity: EntityName) => {
    const rng = createRng(seed, 'id', entity);
    return () => rng.uuid();
  };
  const out: DemoData = {
    seekers: [],
    counsellingRecords: [],
    companies: [],
    companyVisits: [],
    openings: [],
    trialPlacements: [],
    successFees: [],
    programmeSettings: [],
    schools: [],
    students: [],
    internshipProgrammes: [],
    programmeSessions: [],
    internships: [],
    attendance: [],
    programmeParticipants: [],
    careerPlans: [],
    checkIns: [],
    retentionChecks: [],
    consents: [],
    provisions: [],
    statusChanges: [],
    // Written only by a seeker's erasure: the demo deletes nobody.
    ledgerHolds: [],
  };

  const seekerRng = createRng(seed, 'seekers');
  const seekerId = ids('seekers');
  for (let i = 0; i < o.seekers; i++)
    out.seekers.push(demoSeeker(seekerRng, { id: seekerId(), now, notesLength: o.notesLength }));

  const counselRng = createRng(seed, 'counsellingRecords');
  const counselId = ids('counsellingRecords');
  for (const seeker of out.seekers) {
    const [min, max] = o.counsellingPerSeeker;
    for (const date of counsellingDates(counselRng, seeker.registeredOn, now, counselRng.int(min, max)))
      out.counsellingRecords.push(
        demoCounsellingRecord(counselRng, { id: counselId(), now, seekerId: seeker.id, date }),
      );
  }

  const companyRng = createRng(seed, 'companies');
  const companyId = ids('companies');
  const visitRng = createRng(seed, 'companyVisits');
  const visitId = ids('companyVisits');
  const visitDue = createDuePlan(createRng(seed, 'visitDue'), VISIT_DUE_MIX);
  for (let i = 0; i < o.companies; i++) {
    const company = demoCompany(companyRng, { id: companyId(), now });
    const bucket = visitDue(company.coordinatorUserId === DEMO_COORDINATOR_USER_ID);
    // Dormant companies have no plan; a plan is never before the company was first contacted.
    const nextVisitDue = company.status === 'dormant' ? '' : maxDate(dayIn(visitRng, bucket, now), company.createdAt.slice(0, 10));
    out.companies.push({ ...company, nextVisitDue });
    out.companyVisits.push(...demoCompanyVisits(visitRng, { ...company, nextVisitDue }, { now, nextId: visitId, nextDue: nextVisitDue, scale: o.visitScale }));
  }
  const hosts = out.companies.filter(
    (c) => c.status === 'active' || c.status === 'host_registered' || c.status === 'dormant',
  );

  if (out.companies.length > 0) out.programmeSettings.push(...programmeSettings(createRng(seed, 'programmeSettings'), now));
  addOpenings(out, hosts, o.openings, now, seed, ids);
  const scenes = addTrials(out, hosts, o.trialPlacements, now, seed, ids);
  addTrialRecords(out, now, seed, ids, scenes);
  addSchools(out, hosts, o, seed, ids);
  return out;
}

/**
 * 事業設定 of every fiscal year since the centre opened: the success fee per hire (raised from 100,000
 * to 150,000 yen in 2023) and the year's programme cost, growing with the programme.
 */
function programmeSettings(rng: Rng, now: string): ProgrammeSetting[] {
  const out: ProgrammeSetting[] = [];
  const current = fiscalYearOf(now);
  for (let year = fiscalYearOf(PROGRAMME_START); year <= current; year++)
    out.push({
      ...meta(rng, programmeSettingId(year), now, maxDate(`${year}-04-01`, PROGRAMME_START)),
      fiscalYear: year,
      successFeeAmount: year < 2023 ? 100_000 : 150_000,
      programmeCost: 26_319_000 - (current - year) * 1_250_000,
    });
  return out;
}

/** Each host company's openings: one each, the rest spread at random, at most three a company (more only if asked for more). */
function addOpenings(out: DemoData, hosts: Company[], count: number, now: string, seed: number, ids: (e: EntityName) => () => string) {
  if (hosts.length === 0) return;
  const rng = createRng(seed, 'openings');
  const openingId = ids('openings');
  const perHost = hosts.map((_, i) => (i < count ? 1 : 0));
  const cap = Math.max(3, Math.ceil(count / hosts.length));
  for (let left = count - Math.min(count, hosts.length); left > 0; ) {
    const i = rng.int(0, hosts.length - 1);
    if (perHost[i]! < cap) {
      perHost[i]!++;
      left--;
    }
  }
  hosts.forEach((company, i) => {
    for (let n = 0; n < perHost[i]!; n++) out.openings.push(demoOpening(rng, { id: openingId(), now, company }));
  });
}

/** Check-ins and retention checks of each placement, each seeker's consent, each proposal's provision record. */
function addTrialRecords(out: DemoData, now: string, seed: number, ids: (e: EntityName) => () => string, scenes: ReadonlyMap<string, Scene>) {
  const rng = createRng(seed, 'trialRecords');
  const [checkInId, retentionId, consentId] = (['checkIns', 'retentionChecks', 'consents'] as const).map(ids) as [() => string, () => string, () => string];
  for (const placement of out.trialPlacements) {
    const scene = scenes.get(placement.id);
    out.checkIns.push(...demoCheckIns(rng, placement, { now, nextId: checkInId, lastOn: scene?.lastCheckIn }));
    out.retentionChecks.push(...demoRetentionChecks(rng, placement, { now, nextId: retentionId, pending: scene?.pendingRetention }));
    // The provisions name the coordinator in charge as the staff who proposed (the demo coordinator if nobody is).
    out.provisions.push(demoProvision(rng, placement, { now, staffUserId: placement.coordinatorUserId || DEMO_COORDINATOR_USER_ID }));
  }
  const firstProposal = new Map<string, string>();
  for (const p of out.trialPlacements) {
    const day = p.createdAt.slice(0, 10);
    if (!firstProposal.has(p.seekerId) || day < firstProposal.get(p.seekerId)!) firstProposal.set(p.seekerId, day);
  }
  for (const seeker of out.seekers) {
    const consent = demoConsent(rng, seeker, { id: consentId(), now, firstProposal: firstProposal.get(seeker.id) ?? '' });
    if (consent) out.consents.push(consent);
  }
}

const CLOSED_WITHOUT_HIRE = new Set<TrialPlacement['status']>(['not_hired', 'withdrawn']);

/**
 * Up to `count` trials: first the demo coordinator's scenes around today (scenes.ts), then seekers in
 * random order, each matched with a host company (a second time, often, after a trial without a hire).
 * A trial fills a place of an opening of its company that was open when it was proposed, if one has a
 * place left; a few go one beyond the places with a reason. Returns the scene of each scene's trial.
 */
function addTrials(out: DemoData, hosts: Company[], count: number, now: string, seed: number, ids: (e: EntityName) => () => string): Map<string, Scene> {
  const rng = createRng(seed, 'trialPlacements');
  const trialId = ids('trialPlacements');
  const feeRng = createRng(seed, 'successFees');
  const scenesOf = new Map<string, Scene>();
  if (hosts.length === 0 || count === 0) return scenesOf;
  const seekerIndex = new Map(out.seekers.map((s, i) => [s.id, i]));
  const openings = new Map<string, Opening[]>();
  for (const op of out.openings) openings.set(op.companyId, [...(openings.get(op.companyId) ?? []), op]);
  const taken = new Map<string, { count: number; lastProposal: string }>();
  const feeAmount = new Map(out.programmeSettings.map((s) => [s.fiscalYear, s.successFeeAmount]));

  const hostById = new Map(hosts.map((c) => [c.id, c]));
  const free = (op: Opening) => (taken.get(op.id)?.count ?? 0) < op.places;
  const hasOpening = (company: Company, day: string) => (openings.get(company.id) ?? []).some((op) => openOn(op, day));

  const place = (seeker: Seeker, company: Company, startDate: string, proposedOn: string, scene?: Scene) => {
    const open = (openings.get(company.id) ?? []).filter((op) => openOn(op, proposedOn));
    let opening = open.find(free);
    let overPlacesReason = '';
    // One beyond the places only after every other proposal for it, so no earlier one ever finds it full.
    const full = open.find((op) => (taken.get(op.id)?.lastProposal ?? '') < proposedOn);
    if (!opening && full && rng.chance(0.25)) {
      opening = full;
      overPlacesReason = rng.pick(OVER_PLACES_REASONS);
    }
    if (opening) taken.set(opening.id, { count: (taken.get(opening.id)?.count ?? 0) + 1, lastProposal: maxDate(taken.get(opening.id)?.lastProposal ?? '', proposedOn) });
    const trial = demoTrialPlacement(rng, { id: trialId(), now, seeker, company, startDate, proposedOn, opening, overPlacesReason, scene: scene && { endDate: scene.endDate, hiredOn: scene.hiredOn } });
    out.trialPlacements.push(trial);
    if (scene) scenesOf.set(trial.id, scene);
    if (trial.status === 'hired')
      out.successFees.push(demoSuccessFee(feeRng, { id: feeIdOfPlacement(trial.id), now, amount: feeAmount.get(fiscalYearOf(trial.hiredOn)) ?? 0, unbilled: scene?.unbilled, placement: trial }));
    return trial;
  };

  const queue = shuffled(rng, out.seekers);
  const mine = hosts.filter((c) => c.coordinatorUserId === DEMO_COORDINATOR_USER_ID);
  // A small demo is mostly the usual mix: scenes take at most a quarter of it.
  for (const scene of todayScenes(rng, now).slice(0, Math.floor(count / 4))) {
    // Registered, and the company known, a few weeks before the trial was proposed.
    const proposedOn = addDays(scene.startDate, -rng.int(7, 20));
    const settled = (day: string) => day <= addDays(proposedOn, -14);
    const at = queue.findIndex((s) => settled(s.registeredOn));
    const companies = mine.filter((c) => settled(c.createdAt.slice(0, 10)) && c.status !== 'dormant');
    if (at < 0 || companies.length === 0) continue;
    const company = rng.pick(companies);
    const [seeker] = queue.splice(at, 1);
    const trial = place(seeker!, company, scene.startDate, proposedOn, scene);
    out.seekers[seekerIndex.get(seeker!.id)!] = withTrialStatus(seeker!, trial, false);
  }

  for (const seeker of queue) {
    if (out.trialPlacements.length >= count) break;
    let last: TrialPlacement | undefined;
    // A seeker whose first trial did not end in a hire is often matched with another company.
    for (let attempt = 0; attempt < 2 && out.trialPlacements.length < count; attempt++) {
      if (last && !(CLOSED_WITHOUT_HIRE.has(last.status) && rng.chance(0.45))) break;
      const company = rng.pick(hosts);
      const earliest = maxDate(last ? addDays(last.endDate, 14) : seeker.registeredOn, company.createdAt.slice(0, 10));
      // Most seekers start within weeks to months of registering; a few are still waiting for a match.
      const startDate = maxDate(weekday(minDate(addDays(earliest, rng.int(14, 150)), addDays(now, rng.int(3, 45)))), earliest);
      const proposedOn = maxDate(minDate(addDays(startDate, -rng.int(14, 40)), now), earliest);
      // Most trials since the ledger began fill an opening: the coordinator proposes where one is open.
      const vacancies = rng.chance(0.8) && !hasOpening(company, proposedOn) ? out.openings.filter((op) => openOn(op, proposedOn) && free(op)) : [];
      last = place(seeker, vacancies.length > 0 ? hostById.get(rng.pick(vacancies).companyId)! : company, startDate, proposedOn);
    }
    if (last) out.seekers[seekerIndex.get(seeker.id)!] = withTrialStatus(seeker, last, rng.chance(0.5));
  }
  return scenesOf;
}

/** A seeker's status follows their latest trial; after a failed one they are matched again or close. */
function withTrialStatus(seeker: Seeker, trial: TrialPlacement, closeAfterFailure: boolean): Seeker {
  const status: Seeker['status'] =
    trial.status === 'hired'
      ? 'hired'
      : trial.status === 'in_trial'
        ? 'in_trial'
        : CLOSED_WITHOUT_HIRE.has(trial.status) && closeAfterFailure
          ? 'closed'
          : 'matching';
  return { ...seeker, status, updatedAt: maxDateTime(seeker.updatedAt, trial.updatedAt) };
}

const maxDateTime = (a: string, b: string) => (a > b ? a : b);
