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

/**
 * The fields of each table the report reads (the figures, and the names and days its record lists show):
 * the device keeps a copy of just these (report-input-cache.ts), so a field the report starts reading
 * must be added here — the compiler refuses it otherwise. Openings, participants and internships are
 * not counted, so they are not read.
 */
/** The tables the report reads; a write to one of them makes the report's cached copy stale. */
export const REPORT_TABLES = [
  'seekers', 'companies', 'companyVisits', 'trialPlacements', 'successFees', 'retentionChecks', 'programmeSettings',
  'statusChanges', 'schools', 'students', 'internshipProgrammes', 'programmeSessions', 'attendance', 'careerPlans',
] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

export const REPORT_FIELDS = {
  seekers: ['id', 'deleted', 'status', 'updatedAt', 'town', 'gender', 'registeredOn', 'birthDate', 'familyName', 'givenName'],
  companies: ['id', 'deleted', 'status', 'createdAt', 'name', 'town'],
  companyVisits: ['id', 'deleted', 'companyId', 'date'],
  trialPlacements: ['id', 'deleted', 'kind', 'status', 'seekerId', 'companyId', 'startDate', 'endDate', 'hiredOn'],
  successFees: ['id', 'deleted', 'placementId', 'amount', 'invoicedOn', 'paidOn'],
  retentionChecks: ['id', 'deleted', 'placementId', 'milestone', 'outcome', 'date', 'updatedAt'],
  programmeSettings: ['id', 'deleted', 'fiscalYear', 'programmeCost'],
  statusChanges: ['id', 'deleted', 'entity', 'recordId', 'field', 'from', 'to', 'changedAt'],
  schools: ['id', 'deleted', 'name', 'town'],
  students: ['id', 'deleted', 'schoolId', 'familyName', 'givenName'],
  internshipProgrammes: ['id', 'deleted', 'fiscalYear'],
  programmeSessions: ['id', 'deleted', 'programmeId', 'schoolId', 'kind', 'date'],
  attendance: ['id', 'deleted', 'sessionId', 'studentId', 'mark'],
  careerPlans: ['id', 'deleted', 'programmeId', 'schoolId', 'studentId', 'interestBefore', 'interestAfter'],
} as const satisfies { [K in ReportTable]: readonly (keyof ReportInput[K][number])[] };
/** A record of `table` as the report reads it. */
export type ReportRecord<T extends ReportTable> = Pick<ReportInput[T][number], Extract<(typeof REPORT_FIELDS)[T][number], keyof ReportInput[T][number]>>;
/** What the report reads: the fields of REPORT_FIELDS of every record, tombstones included. A ReportInput is one. */
export type ReportRecords = { [T in ReportTable]: readonly ReportRecord<T>[] };

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
