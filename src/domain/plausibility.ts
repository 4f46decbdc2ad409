/**
 * Values that parse but cannot be true: a birth date giving an age outside working life, or a record
 * of something already done (a visit, a check-in) dated well into the future. Checked only when the
 * field changes, so older records stay editable in their other fields.
 */
import type { EntityName } from '../shared/entities';
import { addDays, ageOn } from './dates';
import { changed, str, violation, type RuleViolation, type WriteCheck } from './rule-types';

export const AGE_RANGE = { min: 15, max: 100 } as const;
/** How far ahead a record of something done may be dated (a visit logged for tomorrow's early start). */
export const DAYS_AHEAD_ALLOWED = 7;

/** Entities whose `date` records something done, not planned. */
const DONE_ON: Partial<Record<EntityName, string>> = {
  counsellingRecords: 'date',
  companyVisits: 'date',
  checkIns: 'date',
  retentionChecks: 'date',
  consents: 'date',
};

export function checkPlausible(c: WriteCheck): RuleViolation | null {
  if (!c.after) return null;
  if (c.entity === 'seekers' && changed(c, 'birthDate')) {
    const age = ageOn(str(c.after, 'birthDate'), c.today);
    if (age < AGE_RANGE.min || age > AGE_RANGE.max) return violation('birth-date-range', 'birthDate', { min: String(AGE_RANGE.min), max: String(AGE_RANGE.max) });
  }
  const field = DONE_ON[c.entity];
  if (field && changed(c, field) && str(c.after, field) > addDays(c.today, DAYS_AHEAD_ALLOWED)) {
    return violation('date-too-far-ahead', field, { days: String(DAYS_AHEAD_ALLOWED) });
  }
  return null;
}
