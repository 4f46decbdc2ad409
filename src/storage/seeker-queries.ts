/**
 * The seeker list and the "search before register" check. Both read the slim list rows
 * (seeker-rows.ts), never the ~2 KB seekers, so a cold start at 10,000–50,000 seekers stays fast.
 * The list reads every row (from the cached sorted copy when it is current, seeker-list-cache.ts)
 * and filters in memory: a kana query must also match given names, which no prefix range covers.
 * A phone number is looked up on the seekers' `_phone` index (how a query is read: text-search.ts).
 * The age-group filter is a birth-date cut-off because 現役/シニア is derived, never stored.
 */
import { latestSeniorBirthDate } from '../shared/age-group';
import type { AgeGroup, Industry, Town } from '../shared/codes';
import type { Seeker } from '../shared/entities';
import { toLooseKey, toSearchKey } from '../shared/kana';
import { phoneDigits } from '../shared/phone';
import type { FieldDb, Stored } from './db';
import { withoutSearchFields } from './search-fields';
import { readSortedSeekerRows } from './seeker-list-cache';
import type { SeekerListRow } from './seeker-rows';
import { parseSearchQuery, phoneSearchable, rankHits, textMatches, type Hit } from './text-search';

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

export async function listSeekers(db: FieldDb, filter: SeekerFilter): Promise<SeekerHit[]> {
  const rows = await readSortedSeekerRows(db);
  const query = parseSearchQuery(filter.text);
  // The rows carry no contact data: a phone number is looked up on the seekers' own index.
  const phoneIds = phoneSearchable(query) ? new Set(await db.seekers.where('_phone').startsWith(query.digits).primaryKeys()) : undefined;
  return searchSeekerRows(rows, filter, phoneIds);
}

/** A list row, marked when only its reading with the voiced marks folded matched (text-search.ts). */
export type SeekerHit = Hit<SeekerRow>;

/**
 * The list's search over rows held in memory (a picker filters the same rows per keystroke: at
 * 20,000 seekers the read is most of a keystroke's time, docs/benchmarks.md, device reads). Filtering
 * the sorted rows keeps their order: no sort per keystroke. `phoneIds`: the seekers whose phone
 * starts with a phone query's digits.
 */
export function searchSeekerRows(rows: readonly SeekerRow[], filter: SeekerFilter, phoneIds?: ReadonlySet<string>): SeekerHit[] {
  const query = parseSearchQuery(filter.text);
  const cutoff = latestSeniorBirthDate(filter.today);
  const filtered = (r: SeekerRow) =>
    (!filter.town || r.town === filter.town) &&
    (!filter.industry || r.desiredIndustries.includes(filter.industry)) &&
    (!filter.ageGroup || (filter.ageGroup === 'senior') === r.birthDate <= cutoff);
  if (query.kind === 'all') return rows.filter(filtered);
  if (query.kind === 'phone') return phoneIds ? rows.filter((r) => phoneIds.has(r.id) && filtered(r)) : [];
  const { spellings, looseKey } = query;
  let folded: string[] | undefined; // only when the exact matches are few
  const near = looseKey === undefined ? undefined : (r: SeekerRow, i: number) => (folded ??= looseReadingsOf(rows))[i]!.includes(looseKey) && filtered(r);
  return rankHits(rows, (r) => textMatches(spellings, r.text) && filtered(r), near);
}

/**
 * The rows' readings with the voiced marks folded, worked out once per array of rows: the list keeps
 * one array while no seeker is written (seeker-list-cache.ts), so a keystroke pays only for the look-ups.
 */
const looseReadings = new WeakMap<readonly SeekerRow[], string[]>();
function looseReadingsOf(rows: readonly SeekerRow[]): string[] {
  let folded = looseReadings.get(rows);
  if (!folded) {
    folded = rows.map((r) => toLooseKey(r.reading));
    looseReadings.set(rows, folded);
  }
  return folded;
}

export type DuplicateProbe = {
  familyNameKana?: string;
  givenNameKana?: string;
  birthDate?: string;
  phone?: string;
  excludeId?: string;
};

/** Seekers that are probably the same person: same folded reading and birth date, or same phone digits. */
export async function findLikelyDuplicates(db: FieldDb, probe: DuplicateProbe): Promise<Seeker[]> {
  const reading = toSearchKey(`${probe.familyNameKana ?? ''}${probe.givenNameKana ?? ''}`);
  const digits = phoneDigits(probe.phone ?? '');
  const found = new Map<string, Stored<'seekers'>>();
  await db.transaction('r', [db.seekerRows, db.seekers], async () => {
    if (reading && probe.birthDate) {
      // The rows hold the reading index; the warning shows the full records (phone, town).
      const rows = await db.seekerRows.where('reading').equals(reading).toArray();
      const ids = rows.filter((r) => r.birthDate === probe.birthDate).map((r) => r.id);
      for (const s of await db.seekers.bulkGet(ids)) if (s) found.set(s.id, s);
    }
    if (digits.length >= 10) {
      (await db.seekers.where('_phone').equals(digits).toArray()).forEach((s) => found.set(s.id, s));
    }
  });
  return [...found.values()]
    .filter((s) => !s.deleted && s.id !== probe.excludeId)
    .map((s) => withoutSearchFields(s) as Seeker);
}
