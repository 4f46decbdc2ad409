/**
 * Builders for the people in the demo: seekers with their counselling records, and students.
 * Each takes the seeded stream and the context it must be consistent with (dates, parents), and
 * returns a record in its stored form (the schema's output), so tests and the generator share them.
 */
import { INDUSTRIES, type Industry } from '../codes';
import type { CounsellingRecord, Seeker, Student } from '../entities';
import { addDays, daysBetween, fiscalYearOf, maxDate, minDate, yearsBefore } from './dates';
import { INDUSTRY_WEIGHTS } from './company-names';
import { ALL_AGES_FROM, PROGRAMME_START, meta } from './meta';
import { COORDINATORS, COUNTER_STAFF, personName } from './names';
import { address, landLine, mobilePhone, pickTown } from './places';
import type { Rng } from './rng';
import { COUNSELLING_SUMMARIES, NEXT_ACTIONS, SEEKER_NOTES, sentences, textOfLength } from './texts';

export type SeekerContext = {
  id: string;
  /** The demo's "today" (YYYY-MM-DD). */
  now: string;
  /** Exact bounds for the notes length; without it notes are short or empty. */
  notesLength?: readonly [number, number];
  /** Share of seekers aged 60+ on `now`. */
  seniorShare?: number;
};

/** Working-age seekers skew to mid-career: returners, people changing jobs after 40. */
const WORKING_AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[18, 29], 20],
  [[30, 44], 35],
  [[45, 59], 45],
];

function birthDateFor(rng: Rng, senior: boolean, now: string, registeredOn: string, pilot: boolean): string {
  // Pilot registrants were already 60 when they registered.
  if (pilot) return addDays(yearsBefore(registeredOn, rng.int(60, 72)), -rng.int(0, 364));
  let age: number;
  if (senior) age = 60 + Math.floor(20 * rng.next() ** 1.6);
  else {
    const [lo, hi] = rng.weighted(WORKING_AGE_BANDS);
    age = rng.int(lo, hi);
  }
  // Exactly `age` on `now`: the last birthday was today or up to 364 days ago.
  return addDays(yearsBefore(now, age), -rng.int(0, 364));
}

export function desiredIndustries(rng: Rng): Industry[] {
  const picked = new Set<Industry>();
  const count = rng.weighted([
    [1, 5],
    [2, 3],
    [3, 2],
  ] as const);
  while (picked.size < count) picked.add(rng.weighted(INDUSTRY_WEIGHTS));
  return INDUSTRIES.filter((i) => picked.has(i));
}

export function demoSeeker(rng: Rng, ctx: SeekerContext): Seeker {
  const { now } = ctx;
  // Before April 2021 only the seniors' pilot existed, so everyone registered then is 60+.
  const onlyPilot = now < ALL_AGES_FROM;
  const senior = onlyPilot || rng.chance(ctx.seniorShare ?? 0.35);
  const pilot = onlyPilot || (senior && rng.chance(0.2));
  const from = pilot ? PROGRAMME_START : maxDate(ALL_AGES_FROM, yearsBefore(now, 5));
  const to = pilot ? minDate(addDays(ALL_AGES_FROM, -1), now) : now;
  // Registrations grow year by year, so recent dates are likelier.
  const span = Math.max(0, daysBetween(from, to));
  const drawnOn = minDate(maxDate(addDays(to, -Math.floor(span * rng.next() ** 1.5)), from), now);
  const birthDate = birthDateFor(rng, senior, now, drawnOn, pilot);
  // Nobody registers before their 18th birthday: a young seeker registered within the last few years.
  const registeredOn = minDate(maxDate(drawnOn, yearsBefore(birthDate, -18)), now);
  const name = personName(rng, Number(birthDate.slice(0, 4)));
  const town = pickTown(rng);
  const home = rng.chance(0.85) ? address(rng, town) : { postalCode: '', address: '' };
  const [min, max] = ctx.notesLength ?? [0, 0];
  const notes = ctx.notesLength
    ? textOfLength(rng, SEEKER_NOTES, rng.int(min, max))
    : rng.chance(0.6)
      ? sentences(rng, SEEKER_NOTES, 1, 3)
      : '';
  return {
    ...meta(rng, ctx.id, now, registeredOn),
    familyName: name.familyName,
    givenName: name.givenName,
    familyNameKana: name.familyNameKana,
    givenNameKana: name.givenNameKana,
    birthDate,
    gender: rng.chance(0.05) ? 'unanswered' : name.gender,
    town,
    ...home,
    phone: rng.chance(0.65) ? mobilePhone(rng) : landLine(rng, town),
    email: rng.chance(0.3)
      ? `${rng.pick(['asahi', 'taisetsu', 'kamikawa', 'kagura', 'nanakamado'])}${rng.int(10, 9999)}@example.jp`
      : '',
    desiredIndustries: desiredIndustries(rng),
    // The generator overrides this from the seeker's trials; alone, a seeker is somewhere before one.
    status: rng.weighted([
      ['registered', 6],
      ['matching', 3],
      ['closed', 1],
    ] as const),
    registeredOn,
    consentDataUse: true,
    notes,
  };
}

export function demoCounsellingRecord(
  rng: Rng,
  ctx: { id: string; now: string; seekerId: string; date: string },
): CounsellingRecord {
  return {
    ...meta(rng, ctx.id, ctx.now, ctx.date),
    seekerId: ctx.seekerId,
    date: ctx.date,
    staffName: rng.chance(0.8) ? rng.pick(COUNTER_STAFF) : rng.pick(COORDINATORS),
    method: rng.weighted([
      ['in_person', 6],
      ['phone', 3],
      ['online', 1],
    ] as const),
    summary: sentences(rng, COUNSELLING_SUMMARIES, 1, 3),
    nextAction: rng.pick(NEXT_ACTIONS),
  };
}

/** Dates of a seeker's counselling meetings: the first on registration, then every few weeks. */
export function counsellingDates(rng: Rng, registeredOn: string, now: string, count: number): string[] {
  const dates: string[] = [];
  let date = registeredOn;
  for (let i = 0; i < count && date <= now; i++) {
    dates.push(date);
    date = addDays(date, rng.int(7, 45));
  }
  return dates;
}

export function demoStudent(rng: Rng, ctx: { id: string; now: string; schoolId: string }): Student {
  // A few university students home for the holidays take part through their old high school.
  const university = rng.chance(0.05);
  const grade = university
    ? rng.int(1, 4)
    : rng.weighted([
        [1, 2],
        [2, 6],
        [3, 2],
      ] as const);
  const birthYear = fiscalYearOf(ctx.now) - (university ? 18 + grade : 15 + grade);
  const name = personName(rng, birthYear);
  const enrolled = `${fiscalYearOf(ctx.now)}-04-0${rng.int(1, 9)}`;
  return {
    ...meta(rng, ctx.id, ctx.now, minDate(enrolled, ctx.now)),
    schoolId: ctx.schoolId,
    kind: university ? 'university' : 'high_school',
    familyName: name.familyName,
    givenName: name.givenName,
    familyNameKana: name.familyNameKana,
    givenNameKana: name.givenNameKana,
    grade,
    className: university ? '' : `${grade}年${rng.int(1, 6)}組`,
    number: null,
    plan: 'undecided',
  };
}
