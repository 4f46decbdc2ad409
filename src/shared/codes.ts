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

/** 開拓 recruiting a host, 調整 arranging a trial, フォロー following up. */
export const VISIT_PURPOSES = ['recruit', 'arrange', 'follow_up'] as const;

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

/** 事前学習 / インターンシップ / 事後学習 */
export const SESSION_KINDS = ['pre_learning', 'internship', 'post_learning'] as const;

/** 予定 → 実施中 → 完了 | 中止 */
export const INTERNSHIP_STATUSES = ['planned', 'active', 'done', 'cancelled'] as const;

/** 出席 / 欠席 / 遅刻 / 早退 / 公欠 */
export const ATTENDANCE_MARKS = ['present', 'absent', 'late', 'left_early', 'excused'] as const;
