/**
 * Code lists of the programme. Records store these stable ASCII codes; the UI shows them through the
 * i18n dictionary, so a label can be reworded without migrating data.
 */

/** 上川中部: the one city and eight towns the programme serves (README.md, first paragraph). */
export const TOWNS = [
  'asahikawa',
  'takasu',
  'higashikagura',
  'toma',
  'pippu',
  'aibetsu',
  'kamikawa',
  'higashikawa',
  'biei',
] as const;
export type Town = (typeof TOWNS)[number];

export const INDUSTRIES = [
  'manufacturing',
  'construction',
  'retail',
  'food_service',
  'care_welfare',
  'medical',
  'agriculture',
  'logistics',
  'tourism',
  'it',
  'office',
  'services',
  'other',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const AGE_GROUPS = ['working_age', 'senior'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const GENDERS = ['female', 'male', 'other', 'unanswered'] as const;

/** Seeker lifecycle, reduced to what the counter tracks. */
export const SEEKER_STATUSES = ['registered', 'matching', 'in_trial', 'hired', 'closed'] as const;

export const COUNSELLING_METHODS = ['in_person', 'phone', 'online'] as const;

/** Host company pipeline: a prospect becomes a host after a recruiting visit. */
export const COMPANY_STATUSES = ['prospect', 'visited', 'host_registered', 'active', 'dormant'] as const;

/** 開拓 recruiting a host, 調整 arranging a trial, フォロー following up, その他. */
export const VISIT_PURPOSES = ['recruit', 'arrange', 'follow_up', 'other'] as const;

/** How an opening's wage is stated (時給 / 日給 / 月給). */
export const WAGE_UNITS = ['hourly', 'daily', 'monthly'] as const;

/** 雇用形態 of a hire. */
export const EMPLOYMENT_TYPES = ['regular', 'contract', 'part_time', 'other'] as const;

/** Whom a check-in during a trial was with. */
export const CHECK_IN_WITH = ['seeker', 'company', 'both'] as const;
/** How the trial is going, as the coordinator judges it at a check-in. */
export const TRIAL_PROGRESS = ['good', 'some_concerns', 'at_risk'] as const;

/** 提案 → 調整中 → 実施中 → 採用 | 不採用 | 辞退 */
export const TRIAL_STATUSES = ['proposed', 'arranging', 'in_trial', 'hired', 'not_hired', 'withdrawn'] as const;
export const TRIAL_CLOSED_STATUSES = ['hired', 'not_hired', 'withdrawn'] as const;

/** Why a trial did not end in a hire, so the report can say why trials fail. */
export const TRIAL_END_REASONS = [
  'skills_mismatch',
  'working_conditions',
  'health',
  'commute',
  'company_decision',
  'seeker_found_other_job',
  'other',
] as const;

/** 未請求 → 請求済 → 入金済 */
export const FEE_STATUSES = ['not_invoiced', 'invoiced', 'paid'] as const;

export const STUDENT_KINDS = ['high_school', 'university'] as const;

/** 卒業後の進路希望: 進学 / 就職 / 未定 */
export const STUDENT_PLANS = ['further_study', 'employment', 'undecided'] as const;

/**
 * What a placement is: a trial towards regular employment, or a short stay of a university student home for the
 * holidays (帰省中の大学生), which runs through the same trial-work flow rather than a system of its own.
 */
export const PLACEMENT_KINDS = ['trial', 'student_holiday'] as const;

/** The 5-point scale of interest in working locally (1 = none … 5 = strong), before and after an internship. */
export const INTEREST_LEVELS = [1, 2, 3, 4, 5] as const;

/** 事前学習 / インターンシップ / 事後学習 */
export const SESSION_KINDS = ['pre_learning', 'internship', 'post_learning'] as const;

/** 予定 → 実施中 → 完了 | 中止 */
export const INTERNSHIP_STATUSES = ['planned', 'active', 'done', 'cancelled'] as const;

/** 出席 / 欠席 / 遅刻 / 早退 / 公欠 */
export const ATTENDANCE_MARKS = ['present', 'absent', 'late', 'left_early', 'excused'] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

/** How consent to third-party provision was taken: 書面 (signed form) or 口頭 (oral, noted by staff). */
export const CONSENT_METHODS = ['written', 'oral'] as const;
/** Which host companies a consent covers: every host company of the programme, or the companies named. */
export const CONSENT_SCOPES = ['all_hosts', 'named'] as const;

/** What a provision to a company handed over (the items of the third-party provision record). */
export const PROVISION_ITEMS = ['name', 'age', 'contact', 'desired_work', 'work_history', 'counselling_summary'] as const;
/** Why a seeker's data went to a company. */
export const PROVISION_PURPOSES = ['trial_proposal', 'referral'] as const;

/** 定着確認: retention checked 1, 3 and 6 months after hiring. */
export const RETENTION_MILESTONES = ['1m', '3m', '6m'] as const;
export const RETENTION_OUTCOMES = ['employed', 'left', 'unknown'] as const;
/** Why a hired person left (離職理由), so the report can say why hires do not last. */
export const LEAVE_REASONS = ['working_conditions', 'relationships', 'health', 'commute', 'personal', 'other'] as const;
/** What a trial proposal hands a company: enough to decide on a trial, not the counselling notes. */
export const PROPOSAL_ITEMS = ['name', 'age', 'contact', 'desired_work'] as const;
