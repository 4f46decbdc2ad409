/**
 * 現役 / シニア is derived from the birth date on the day asked, never stored, so it cannot go stale.
 * The senior threshold follows the programme's pilot (seniors = 60 and over).
 */
import type { AgeGroup } from './codes';

export const SENIOR_AGE = 60;

/** Age in whole years on `onDate` (both ISO dates, YYYY-MM-DD). */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

export function ageGroupOn(birthDate: string, onDate: string): AgeGroup {
  return ageOn(birthDate, onDate) >= SENIOR_AGE ? 'senior' : 'working_age';
}

/**
 * The latest birth date that is still a senior on `onDate`: seniors are exactly the records with
 * birthDate <= this, which lets storage answer the age-group filter with an index range.
 */
export function latestSeniorBirthDate(onDate: string): string {
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  const year = String(y - SENIOR_AGE).padStart(4, '0');
  // 29 Feb birthdays reach their age on 1 Mar in non-leap years; comparing strings keeps that right.
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The first day a person born on `birthDate` is a senior (their 60th birthday): they are a senior on
 * exactly the days >= this, so a report taking the age group on many days compares strings instead of
 * working out an age each time. A 29 Feb birthday gives 'YYYY-02-29', which a common year's 1 Mar passes.
 */
export function seniorFrom(birthDate: string): string {
  return `${String(Number(birthDate.slice(0, 4)) + SENIOR_AGE).padStart(4, '0')}${birthDate.slice(4)}`;
}
