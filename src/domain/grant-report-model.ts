/**
 * The shape of the grant report (事業実績報告): what `computeGrantReport` (grant-report.ts) returns and what
 * the dashboard, its CSV files and its printed page read. Every figure carries the ids of the records it
 * counts, so a number on screen opens the list behind it and no count is ever kept by hand.
 */
import type { AgeGroup, Town } from '../shared/codes';
import type {
  Attendance,
  CareerPlan,
  Company,
  CompanyVisit,
  InternshipProgramme,
  Internship,
  Opening,
  ProgrammeParticipant,
  ProgrammeSession,
  ProgrammeSetting,
  RetentionCheck,
  School,
  Seeker,
  StatusChange,
  Student,
  SuccessFee,
  TrialPlacement,
} from '../shared/entities';

/** The dashboard's filters: a fiscal year, optionally one month of it (1–12), one town, one age group. */
export type ReportFilter = {
  fiscalYear: number;
  month: number | null;
  town: Town | null;
  ageGroup: AgeGroup | null;
};

/** Every record the report reads, tombstones (deleted: true) included: a deleted seeker's placement still counts. */
export type ReportInput = {
  seekers: readonly Seeker[];
  companies: readonly Company[];
  companyVisits: readonly CompanyVisit[];
  openings: readonly Opening[];
  trialPlacements: readonly TrialPlacement[];
  successFees: readonly SuccessFee[];
  retentionChecks: readonly RetentionCheck[];
  programmeSettings: readonly ProgrammeSetting[];
  statusChanges: readonly StatusChange[];
  schools: readonly School[];
  students: readonly Student[];
  internshipProgrammes: readonly InternshipProgramme[];
  programmeSessions: readonly ProgrammeSession[];
  programmeParticipants: readonly ProgrammeParticipant[];
  internships: readonly Internship[];
  attendance: readonly Attendance[];
  careerPlans: readonly CareerPlan[];
};

export const KPI_KEYS = [
  // 求職者
  'seekersNew',
  'seekersActive',
  // 企業
  'companiesVisited',
  'hostsRecruited',
  'visitsMade',
  // トライアルワーク
  'trialsStarted',
  'trialsInProgress',
  'trialsEnded',
  'hires',
  'trialToHireRate',
  'localHireRate',
  'retention3m',
  'retention6m',
  'medianDaysToHire',
  // 成功報酬
  'feesEarned',
  'feesInvoiced',
  'feesPaid',
  'feeShareOfCost',
  // 高校生インターンシップ
  'schools',
  'studentsPreLearning',
  'studentsInternship',
  'studentsPostLearning',
  'attendanceRatePreLearning',
  'attendanceRateInternship',
  'attendanceRatePostLearning',
  'interestShift',
  'universityStays',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

export const REPORT_SECTIONS = ['seekers', 'companies', 'trials', 'fees', 'internships'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/**
 * One figure. `value` is null when it has no denominator (a rate of nothing, a median of no hires).
 * `ids` are the records counted, of `entity` (for a rate: the numerator's records; `denominatorIds` the rest).
 */
export type Kpi = {
  key: KpiKey;
  section: ReportSection;
  unit: 'count' | 'rate' | 'days' | 'yen' | 'points';
  value: number | null;
  numerator?: number;
  denominator?: number;
  entity: 'seekers' | 'companies' | 'companyVisits' | 'trialPlacements' | 'successFees' | 'schools' | 'students' | 'careerPlans';
  ids: readonly string[];
  denominatorIds?: readonly string[];
};

/** A breakdown row: counts per category (a town, an age group, a gender, a month) for the tables and charts. */
export type BreakdownRow = { key: string; values: Readonly<Record<string, number | null>> };
export type Breakdown = { key: string; columns: readonly string[]; rows: readonly BreakdownRow[] };

export type GrantReport = {
  filter: ReportFilter;
  /** The period the filter stands for, ISO dates inclusive. */
  from: string;
  to: string;
  kpis: Readonly<Record<KpiKey, Kpi>>;
  /**
   * Tables: 'seekersByTown', 'seekersByAgeGroup', 'seekersByGender', 'monthly' (Apr…Mar: trials started,
   * hires), 'ratesByTown' (trials, hires, trial-to-hire rate per town), 'internshipsBySessionKind'.
   */
  breakdowns: readonly Breakdown[];
};
