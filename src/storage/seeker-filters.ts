/**
 * The seeker list's filters beside the search box: town, age group and desired industry, as a
 * predicate on list rows. The age-group filter is a birth-date cut-off because 現役/シニア is
 * derived, never stored.
 */
import { latestSeniorBirthDate } from '../shared/age-group';
import type { AgeGroup, Industry, Town } from '../shared/codes';
import type { SeekerListRow } from './seeker-rows';
import type { Hit } from './text-search';

export type SeekerFilter = {
  text?: string;
  town?: Town | '';
  ageGroup?: AgeGroup | '';
  industry?: Industry | '';
  /** The day the age group is judged on (YYYY-MM-DD). */
  today: string;
};

/** A list row: what the list shows and filters on, without notes and contact data. */
export type SeekerRow = SeekerListRow;

/** A list row, marked when only its reading with the voiced marks folded matched (text-search.ts). */
export type SeekerHit = Hit<SeekerRow>;

export function matchesSeekerFilters(filter: SeekerFilter): (row: SeekerRow) => boolean {
  const cutoff = latestSeniorBirthDate(filter.today);
  return (r) =>
    (!filter.town || r.town === filter.town) &&
    (!filter.industry || r.desiredIndustries.includes(filter.industry)) &&
    (!filter.ageGroup || (filter.ageGroup === 'senior') === r.birthDate <= cutoff);
}

const filtersSet = (filter: SeekerFilter): boolean => Boolean(filter.town || filter.industry || filter.ageGroup);

/**
 * The rows the filters keep, in their order: the same array when no filter is set (the whole list,
 * 50,000 rows, is then not copied on every keystroke that clears the search box).
 */
export function applySeekerFilters(rows: SeekerRow[], filter: SeekerFilter): SeekerRow[] {
  return filtersSet(filter) ? rows.filter(matchesSeekerFilters(filter)) : rows;
}
