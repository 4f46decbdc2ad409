/**
 * The seeker list and the "search before register" check. Both read the slim list rows
 * (seeker-rows.ts), never the ~2 KB seekers, so a cold start at 10,000–50,000 seekers stays fast.
 * The list reads every row (from the cached sorted copy when it is current, seeker-list-cache.ts)
 * and filters in memory: a kana query must also match given names, which no prefix range covers.
 * The age-group filter is a birth-date cut-off because 現役/シニア is derived, never stored.
 */
import { latestSeniorBirthDate } from '../shared/age-group';
import type { AgeGroup, Industry, Town } from '../shared/codes';
import type { Seeker } from '../shared/entities';
import { isKatakanaReading, toSearchKey, toStoredReading } from '../shared/kana';
import { phoneDigits } from '../shared/phone';
import type { FieldDb, Stored } from './db';
import { withoutSearchFields } from './search-fields';
import { readSortedSeekerRows } from './seeker-list-cache';
import type { SeekerListRow } from './seeker-rows';

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

export async function listSeekers(db: FieldDb, filter: SeekerFilter): Promise<SeekerRow[]> {
  // Filtering a sorted copy keeps the order: no sort per keystroke.
  return (await readSortedSeekerRows(db)).filter(seekerFilterMatcher(filter));
}

/**
 * The list's filter as a predicate on rows. A picker that holds the rows (read once with listSeekers)
 * filters them with this per keystroke instead of reading the list again: at 20,000 seekers the read
 * is most of a keystroke's time (docs/benchmarks.md, device reads).
 */
export function seekerFilterMatcher(filter: SeekerFilter): (row: SeekerRow) => boolean {
  const key = filter.text ? toSearchKey(filter.text) : '';
  const kanaOnly = key !== '' && isKatakanaReading(toStoredReading(filter.text ?? ''));
  const cutoff = latestSeniorBirthDate(filter.today);
  return (r) =>
    (!filter.town || r.town === filter.town) &&
    (!filter.industry || r.desiredIndustries.includes(filter.industry)) &&
    (!filter.ageGroup || (filter.ageGroup === 'senior') === r.birthDate <= cutoff) &&
    (!key || (kanaOnly ? r.reading.startsWith(key) || r.text.includes(key) : r.text.includes(key)));
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
