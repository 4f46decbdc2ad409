/**
 * What the grant report needs from the records, worked out once per set of records (the dashboard
 * memoises it and computes each filter from it): each seeker's close day, which placements actually ran
 * and when they closed, when each company was recruited as a host, the latest retention check of each
 * milestone, and the internship sessions with their marks. Every date is a Japan day.
 *
 * Deleted records never count, nor do records whose parent is deleted (a deleted company's visits, a
 * deleted programme's sessions, a deleted placement's fees) — except a seeker: deleting a person erases
 * their data but keeps the facts (erasure.ts), so a deleted seeker's registration, placements and fees
 * still count, read through the tombstone (town, gender, registration date, birth month).
 */
import { seniorFrom } from '../shared/age-group';
import type { RETENTION_MILESTONES, RETENTION_OUTCOMES, Town } from '../shared/codes';
import { japanDay } from './dates';
import type { ReportRecord, ReportRecords } from './grant-report-model';

type Attendance = ReportRecord<'attendance'>;
type CareerPlan = ReportRecord<'careerPlans'>;
type Company = ReportRecord<'companies'>;
type CompanyVisit = ReportRecord<'companyVisits'>;
type ProgrammeSession = ReportRecord<'programmeSessions'>;
type RetentionCheck = ReportRecord<'retentionChecks'>;
type School = ReportRecord<'schools'>;
type Seeker = ReportRecord<'seekers'>;
type StatusChange = ReportRecord<'statusChanges'>;
type SuccessFee = ReportRecord<'successFees'>;
type TrialPlacement = ReportRecord<'trialPlacements'>;

/** What the report reads of a seeker (a tombstone too); `seniorFrom`: the day they turn 60 (their birth month's first, once deleted). */
export type Person = {
  id: string;
  town: Town;
  gender: Seeker['gender'];
  registeredOn: string;
  seniorFrom: string;
  closedOn: string | null;
};
/** A placement that ran (see `ran`), with its seeker (tombstones included) and company as read through it. */
export type PlacementFacts = {
  placement: TrialPlacement;
  person: Person | undefined;
  company: Company | undefined;
  closedOn: string | null;
};
export type FeeFacts = { fee: SuccessFee; placement: TrialPlacement; person: Person | undefined };
export type SessionFacts = {
  session: ProgrammeSession;
  fiscalYear: number;
  school: School;
  marks: readonly Attendance[];
};
export type CareerPlanFacts = { plan: CareerPlan; fiscalYear: number; school: School };
type Milestone = (typeof RETENTION_MILESTONES)[number];
type Outcome = (typeof RETENTION_OUTCOMES)[number];

export type PreparedReport = {
  seekers: readonly Person[];
  /** Live visits of live companies. */
  visits: readonly { visit: CompanyVisit; company: Company }[];
  /** Each day a live company was recruited as a host. */
  hostRecruitments: readonly { company: Company; day: string }[];
  /** Live placements of kind 'trial' that ran, and the same by id. */
  trials: readonly PlacementFacts[];
  trialById: ReadonlyMap<string, PlacementFacts>;
  /** Live placements of kind 'student_holiday' that ran. */
  stays: readonly PlacementFacts[];
  /** Live fees of live placements. */
  fees: readonly FeeFacts[];
  /** placement id → milestone → the outcome of its latest check. */
  retention: ReadonlyMap<string, Partial<Record<Milestone, Outcome>>>;
  /** fiscal year → 事業費 (yen). */
  programmeCosts: ReadonlyMap<number, number>;
  /** Live sessions of live programmes at live schools, with the marks given (live, of live students, not cleared). */
  sessions: readonly SessionFacts[];
  careerPlans: readonly CareerPlanFacts[];
};

const live = <T extends { deleted: boolean }>(records: readonly T[]): T[] => records.filter((r) => !r.deleted);
const byId = <T extends { id: string }>(records: readonly T[]): Map<string, T> =>
  new Map(records.map((r) => [r.id, r]));

function groupBy<T>(records: readonly T[], keyOf: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of records) {
    const key = keyOf(r);
    const list = out.get(key);
    if (list) list.push(r);
    else out.set(key, [r]);
  }
  return out;
}

/** The Japan day of the latest status move of the record to `to`, or null. */
function latestMoveDay(changes: readonly StatusChange[] | undefined, to: string): string | null {
  let latest: StatusChange | undefined;
  for (const c of changes ?? [])
    if (c.to === to && (!latest || Date.parse(c.changedAt) > Date.parse(latest.changedAt))) latest = c;
  return latest ? japanDay(latest.changedAt) : null;
}

/**
 * A seeker's close day: the latest move to 閉鎖 (or, closed with no such move, the day the record was last
 * written); a deleted seeker closes on the day of the delete unless closed before.
 */
function seekerClosedOn(seeker: Seeker, changes: readonly StatusChange[] | undefined): string | null {
  if (seeker.status === 'closed') return latestMoveDay(changes, 'closed') ?? japanDay(seeker.updatedAt);
  return seeker.deleted ? japanDay(seeker.updatedAt) : null;
}

/** A placement's close day: the hire date; else the day of the move that closed it; else its end date. Null while open. */
function placementClosedOn(p: TrialPlacement, changes: readonly StatusChange[] | undefined): string | null {
  if (p.status === 'hired') return p.hiredOn;
  if (p.status === 'not_hired' || p.status === 'withdrawn') return latestMoveDay(changes, p.status) ?? p.endDate;
  return null;
}

/**
 * Whether a placement actually ran: it is in trial or ended in a decision, or it was withdrawn after being
 * in trial (its history shows the move out of 実施中) or after its start date.
 */
function ran(p: TrialPlacement, changes: readonly StatusChange[] | undefined, closedOn: string | null): boolean {
  if (p.status === 'in_trial' || p.status === 'hired' || p.status === 'not_hired') return true;
  if (p.status !== 'withdrawn') return false;
  return (changes ?? []).some((c) => c.from === 'in_trial') || (closedOn !== null && p.startDate < closedOn);
}

function hostRecruitments(companies: readonly Company[], changes: ReadonlyMap<string, StatusChange[]>) {
  const out: { company: Company; day: string }[] = [];
  for (const company of companies) {
    const moves = (changes.get(company.id) ?? []).filter((c) => c.to === 'host_registered');
    for (const move of moves) out.push({ company, day: japanDay(move.changedAt) });
    if (moves.length === 0 && (company.status === 'host_registered' || company.status === 'active'))
      out.push({ company, day: japanDay(company.createdAt) });
  }
  return out;
}

/** The outcome of each placement's latest check per milestone (by date, then by when it was written). */
function latestRetention(checks: ReportRecords['retentionChecks']) {
  const latest = new Map<string, RetentionCheck>();
  for (const c of live(checks)) {
    const key = `${c.placementId}:${c.milestone}`;
    const seen = latest.get(key);
    const later =
      !seen || c.date > seen.date || (c.date === seen.date && Date.parse(c.updatedAt) > Date.parse(seen.updatedAt));
    if (later) latest.set(key, c);
  }
  const out = new Map<string, Partial<Record<Milestone, Outcome>>>();
  for (const c of latest.values()) out.set(c.placementId, { ...out.get(c.placementId), [c.milestone]: c.outcome });
  return out;
}

function internshipFacts(input: ReportRecords) {
  const schools = byId(live(input.schools));
  const programmes = byId(live(input.internshipProgrammes));
  const students = byId(live(input.students));
  const marks = groupBy(
    live(input.attendance).filter((a) => a.mark !== '' && students.has(a.studentId)),
    (a) => a.sessionId,
  );
  const sessions: SessionFacts[] = [];
  for (const session of live(input.programmeSessions)) {
    const programme = programmes.get(session.programmeId);
    const school = schools.get(session.schoolId);
    if (programme && school)
      sessions.push({ session, fiscalYear: programme.fiscalYear, school, marks: marks.get(session.id) ?? [] });
  }
  const careerPlans: CareerPlanFacts[] = [];
  for (const plan of live(input.careerPlans)) {
    const programme = programmes.get(plan.programmeId);
    const school = schools.get(plan.schoolId);
    if (programme && school && students.has(plan.studentId))
      careerPlans.push({ plan, fiscalYear: programme.fiscalYear, school });
  }
  return { sessions, careerPlans };
}

export function prepareReport(input: ReportRecords): PreparedReport {
  const statusMoves = groupBy(
    input.statusChanges.filter((c) => c.field === 'status' && !c.deleted),
    (c) => `${c.entity}:${c.recordId}`,
  );
  const movesOf = (entity: string, id: string) => statusMoves.get(`${entity}:${id}`);
  const people = input.seekers.map((seeker): Person => ({
    id: seeker.id,
    town: seeker.town,
    gender: seeker.gender,
    registeredOn: seeker.registeredOn,
    seniorFrom: seniorFrom(seeker.birthDate),
    closedOn: seekerClosedOn(seeker, movesOf('seekers', seeker.id)),
  }));
  const personById = byId(people);
  const companies = live(input.companies);
  const companyById = byId(companies);
  const allCompanies = byId(input.companies);

  const placements: PlacementFacts[] = [];
  const livePlacements = live(input.trialPlacements);
  for (const placement of livePlacements) {
    const moves = movesOf('trialPlacements', placement.id);
    const closedOn = placementClosedOn(placement, moves);
    if (!ran(placement, moves, closedOn)) continue;
    placements.push({
      placement,
      person: personById.get(placement.seekerId),
      company: allCompanies.get(placement.companyId),
      closedOn,
    });
  }
  const placementById = byId(livePlacements);
  const fees: FeeFacts[] = [];
  for (const fee of live(input.successFees)) {
    const placement = placementById.get(fee.placementId);
    if (placement) fees.push({ fee, placement, person: personById.get(placement.seekerId) });
  }
  const visits: PreparedReport['visits'][number][] = [];
  for (const visit of live(input.companyVisits)) {
    const company = companyById.get(visit.companyId);
    if (company) visits.push({ visit, company });
  }
  const companyMoves = new Map<string, StatusChange[]>();
  for (const c of companies) companyMoves.set(c.id, movesOf('companies', c.id) ?? []);

  const trials = placements.filter((p) => p.placement.kind === 'trial');
  return {
    seekers: people,
    visits,
    hostRecruitments: hostRecruitments(companies, companyMoves),
    trials,
    trialById: new Map(trials.map((p) => [p.placement.id, p])),
    stays: placements.filter((p) => p.placement.kind === 'student_holiday'),
    fees,
    retention: latestRetention(input.retentionChecks),
    programmeCosts: new Map(live(input.programmeSettings).map((s) => [s.fiscalYear, s.programmeCost])),
    ...internshipFacts(input),
  };
}
