/**
 * 求職者: registered in the period, and active (registered by the as-of day and not closed before the
 * period began), by town, age group and gender. A registration counts with the age on its day, an active
 * seeker with the age on the as-of day. One pass over every seeker (20,000 at the programme's volume), so
 * it counts as it goes instead of building lists; each breakdown lifts the filter on its own dimension,
 * so its row for the filtered town (or age group) is the KPI.
 */
import { AGE_GROUPS, GENDERS, TOWNS, type AgeGroup } from '../shared/codes';
import { ageGroupAt, countKpi, table, type ReportContext, type SectionFigures } from './grant-report-figures';
import type { ReportFilter } from './grant-report-model';
import { within } from './grant-report-period';
import type { Person, PreparedReport } from './grant-report-prepare';

type Tally = {
  ids: string[];
  byTown: Map<string, number>;
  byAgeGroup: Map<string, number>;
  byGender: Map<string, number>;
};

const zeros = (keys: readonly string[]) => new Map(keys.map((k) => [k, 0]));
const newTally = (): Tally => ({
  ids: [],
  byTown: zeros(TOWNS),
  byAgeGroup: zeros(AGE_GROUPS),
  byGender: zeros(GENDERS),
});
const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

function add(tally: Tally, person: Person, ageGroup: AgeGroup, filter: ReportFilter): void {
  const inTown = filter.town === null || person.town === filter.town;
  const inAgeGroup = filter.ageGroup === null || ageGroup === filter.ageGroup;
  if (inAgeGroup) bump(tally.byTown, person.town);
  if (inTown) bump(tally.byAgeGroup, ageGroup);
  if (inTown && inAgeGroup) {
    tally.ids.push(person.id);
    bump(tally.byGender, person.gender);
  }
}

export function seekerFigures(prepared: PreparedReport, ctx: ReportContext): SectionFigures {
  const { filter, period, asOf } = ctx;
  const registered = newTally();
  const active = newTally();
  for (const person of prepared.seekers) {
    if (within(person.registeredOn, period)) add(registered, person, ageGroupAt(person, person.registeredOn), filter);
    if (person.registeredOn <= asOf && (person.closedOn === null || person.closedOn >= period.from))
      add(active, person, ageGroupAt(person, asOf), filter);
  }
  const byDimension = (key: string, keys: readonly string[], pick: (t: Tally) => Map<string, number>) =>
    table(key, keys, { new: (k) => pick(registered).get(k) ?? 0, active: (k) => pick(active).get(k) ?? 0 });
  return {
    kpis: {
      seekersNew: countKpi('seekersNew', registered.ids),
      seekersActive: countKpi('seekersActive', active.ids),
    },
    breakdowns: [
      byDimension('seekersByTown', TOWNS, (t) => t.byTown),
      byDimension('seekersByAgeGroup', AGE_GROUPS, (t) => t.byAgeGroup),
      byDimension('seekersByGender', GENDERS, (t) => t.byGender),
    ],
  };
}
