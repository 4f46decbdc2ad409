/**
 * The pieces every section of the grant report is built from. A seeker-side record is tagged with its
 * subject (the seeker's town and age group on the day counted) and the day it counts on, so the town
 * and age-group filters, the month filter and the breakdowns all select from one list instead of each
 * re-deriving it. A KPI is built from the ids it counts, so the number and its drilldown cannot disagree.
 */
import type { AgeGroup, Town } from '../shared/codes';
import type { Breakdown, Kpi, KpiKey, ReportFilter } from './grant-report-model';
import { within, type ReportPeriod } from './grant-report-period';
import type { Person } from './grant-report-prepare';

/** Whom a seeker-side record is about; null when its seeker is not on the device (matches no town or age filter). */
export type Subject = { town: Town | null; ageGroup: AgeGroup | null };

/** A record counted on `day`; `amount` for yen figures. */
export type Tagged = { id: string; day: string; subject: Subject; amount?: number };

const NO_SUBJECT: Subject = { town: null, ageGroup: null };

/** 現役 / シニア on `day` (the same answer as ageGroupOn, by one string comparison). */
export const ageGroupAt = (person: Person, day: string): AgeGroup =>
  day >= person.seniorFrom ? 'senior' : 'working_age';

/** The subject of a record about `person`, the age taken on `day`. */
export const subjectOf = (person: Person | undefined, day: string): Subject =>
  person ? { town: person.town, ageGroup: ageGroupAt(person, day) } : NO_SUBJECT;

export type SubjectFilter = Pick<ReportFilter, 'town' | 'ageGroup'>;

export const matches = (subject: Subject, filter: SubjectFilter): boolean =>
  (filter.town === null || subject.town === filter.town) &&
  (filter.ageGroup === null || subject.ageGroup === filter.ageGroup);

/** The tagged records in the period that match the filter. */
export const select = (tagged: readonly Tagged[], period: ReportPeriod, filter: SubjectFilter): Tagged[] =>
  tagged.filter((t) => within(t.day, period) && matches(t.subject, filter));

export const idsOf = (records: readonly { id: string }[]): string[] => records.map((r) => r.id);

type KpiMeta = Pick<Kpi, 'section' | 'unit' | 'entity'>;
const meta = (section: Kpi['section'], unit: Kpi['unit'], entity: Kpi['entity']): KpiMeta => ({
  section,
  unit,
  entity,
});

/** Each figure's section, unit and the entity its ids name. */
export const KPI_META: Readonly<Record<KpiKey, KpiMeta>> = {
  seekersNew: meta('seekers', 'count', 'seekers'),
  seekersActive: meta('seekers', 'count', 'seekers'),
  companiesVisited: meta('companies', 'count', 'companies'),
  hostsRecruited: meta('companies', 'count', 'companies'),
  visitsMade: meta('companies', 'count', 'companyVisits'),
  trialsStarted: meta('trials', 'count', 'trialPlacements'),
  trialsInProgress: meta('trials', 'count', 'trialPlacements'),
  trialsEnded: meta('trials', 'count', 'trialPlacements'),
  hires: meta('trials', 'count', 'trialPlacements'),
  trialToHireRate: meta('trials', 'rate', 'trialPlacements'),
  localHireRate: meta('trials', 'rate', 'trialPlacements'),
  retention3m: meta('trials', 'rate', 'trialPlacements'),
  retention6m: meta('trials', 'rate', 'trialPlacements'),
  medianDaysToHire: meta('trials', 'days', 'trialPlacements'),
  feesEarned: meta('fees', 'yen', 'successFees'),
  feesInvoiced: meta('fees', 'yen', 'successFees'),
  feesPaid: meta('fees', 'yen', 'successFees'),
  feeShareOfCost: meta('fees', 'rate', 'successFees'),
  schools: meta('internships', 'count', 'schools'),
  studentsPreLearning: meta('internships', 'count', 'students'),
  studentsInternship: meta('internships', 'count', 'students'),
  studentsPostLearning: meta('internships', 'count', 'students'),
  attendanceRatePreLearning: meta('internships', 'rate', 'students'),
  attendanceRateInternship: meta('internships', 'rate', 'students'),
  attendanceRatePostLearning: meta('internships', 'rate', 'students'),
  interestShift: meta('internships', 'points', 'careerPlans'),
  universityStays: meta('trials', 'count', 'trialPlacements'),
};

/** A count: how many records. */
export const countKpi = (key: KpiKey, ids: readonly string[]): Kpi => ({
  key,
  ...KPI_META[key],
  value: ids.length,
  ids,
});

/** A yen total over the records counted. */
export const sumKpi = (key: KpiKey, records: readonly Tagged[]): Kpi => ({
  key,
  ...KPI_META[key],
  value: records.reduce((sum, r) => sum + (r.amount ?? 0), 0),
  ids: idsOf(records),
});

/** numerator ÷ denominator, null with nothing to divide by. */
export const ratio = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : numerator / denominator;

/** A rate whose numerator and denominator are records: ids are the numerator's, denominatorIds the denominator's. */
export const rateKpi = (key: KpiKey, numeratorIds: readonly string[], denominatorIds: readonly string[]): Kpi => ({
  key,
  ...KPI_META[key],
  value: ratio(numeratorIds.length, denominatorIds.length),
  numerator: numeratorIds.length,
  denominator: denominatorIds.length,
  ids: numeratorIds,
  denominatorIds,
});

/** What the report computes for one filter, shared by every section. */
export type ReportContext = {
  filter: ReportFilter;
  period: ReportPeriod;
  /** The whole fiscal year: the monthly breakdown ignores the month filter. */
  year: ReportPeriod;
  /** min(period end, today): the day figures about "now" are taken on. */
  asOf: string;
  today: string;
};

/** A section's figures; `monthly` holds its columns of the monthly breakdown (month 'YYYY-MM' → count). */
export type SectionFigures = {
  kpis: Partial<Record<KpiKey, Kpi>>;
  breakdowns: Breakdown[];
  monthly?: Record<string, ReadonlyMap<string, number>>;
};

/** A breakdown table: one row per key, each column computed from the row's key. */
export function table(
  key: string,
  rowKeys: readonly string[],
  columns: Readonly<Record<string, (rowKey: string) => number | null>>,
): Breakdown {
  const names = Object.keys(columns);
  return {
    key,
    columns: names,
    rows: rowKeys.map((rowKey) => ({
      key: rowKey,
      values: Object.fromEntries(names.map((c) => [c, columns[c]!(rowKey)])),
    })),
  };
}

/** How many of the days fall in each of the months ('YYYY-MM'), every month listed (0 when none). */
export function countByMonth(days: readonly string[], months: readonly string[]): ReadonlyMap<string, number> {
  const counts = new Map(months.map((m) => [m, 0]));
  for (const day of days) {
    const n = counts.get(day.slice(0, 7));
    if (n !== undefined) counts.set(day.slice(0, 7), n + 1);
  }
  return counts;
}
