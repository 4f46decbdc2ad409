/**
 * The seeker list and the "search before register" check. Kana queries use the folded-reading index
 * (a prefix range, fast at 50,000 seekers); anything else (kanji, mixed) scans the folded text.
 * The age-group filter is a birth-date range because 現役/シニア is derived, never stored.
 */
import { latestSeniorBirthDate } from '../shared/age-group';
import type { AgeGroup, Industry, Town } from '../shared/codes';
import type { Seeker } from '../shared/entities';
import { isKatakanaReading, toSearchKey, toStoredReading } from '../shared/kana';
import { phoneDigits } from '../shared/phone';
import type { FieldDb, Stored } from './db';
import { withoutSearchFields } from './search-fields';

export type SeekerFilter = {
  text?: string;
  town?: Town | '';
  ageGroup?: AgeGroup | '';
  industry?: Industry | '';
  /** The day the age group is judged on (YYYY-MM-DD). */
  today: string;
};

/** A list row: what the list shows, without notes and contact data. */
export type SeekerRow = Pick<Seeker, 'id' | 'familyName' | 'givenName' | 'familyNameKana' | 'givenNameKana' | 'birthDate' | 'town' | 'status'> & {
  reading: string;
};

const toRow = (s: Stored<'seekers'>): SeekerRow => ({
  id: s.id,
  familyName: s.familyName,
  givenName: s.givenName,
  familyNameKana: s.familyNameKana,
  givenNameKana: s.givenNameKana,
  birthDate: s.birthDate,
  town: s.town,
  status: s.status,
  reading: s._reading ?? '',
});

export async function listSeekers(db: FieldDb, filter: SeekerFilter): Promise<SeekerRow[]> {
  const key = filter.text ? toSearchKey(filter.text) : '';
  const kanaOnly = key !== '' && isKatakanaReading(toStoredReading(filter.text ?? ''));
  const cutoff = latestSeniorBirthDate(filter.today);

  const matches = (s: Stored<'seekers'>) =>
    !s.deleted &&
    (!filter.town || s.town === filter.town) &&
    (!filter.industry || s.desiredIndustries.includes(filter.industry)) &&
    (!filter.ageGroup || (filter.ageGroup === 'senior') === s.birthDate <= cutoff) &&
    (!key || (kanaOnly ? (s._reading ?? '').startsWith(key) || (s._text ?? '').includes(key) : (s._text ?? '').includes(key)));

  const collection = kanaOnly
    ? db.seekers.where('_reading').startsWith(key)
    : filter.town
      ? db.seekers.where('town').equals(filter.town)
      : db.seekers.toCollection();
  // Filter after toArray(), not with Collection.filter(): Dexie's filter walks an IndexedDB cursor one
  // record at a time, while a plain toArray() is one getAll(), several times faster at 10,000 seekers
  // (issue 6: offline cold start to the list ≤ 1 s).
  let rows = (await collection.toArray()).filter(matches).map(toRow);
  // A kana query also finds given names ("はなこ"): the index prefix only covers family-name starts.
  if (kanaOnly) {
    const seen = new Set(rows.map((r) => r.id));
    const more = (await db.seekers.toArray()).filter((s) => !seen.has(s.id) && matches(s));
    rows = rows.concat(more.map(toRow));
  }
  return rows.sort((a, b) => (a.reading < b.reading ? -1 : a.reading > b.reading ? 1 : a.id < b.id ? -1 : 1));
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
  if (reading && probe.birthDate) {
    const byName = await db.seekers.where('_reading').equals(reading).filter((s) => s.birthDate === probe.birthDate).toArray();
    byName.forEach((s) => found.set(s.id, s));
  }
  if (digits.length >= 10) {
    (await db.seekers.where('_phone').equals(digits).toArray()).forEach((s) => found.set(s.id, s));
  }
  return [...found.values()]
    .filter((s) => !s.deleted && s.id !== probe.excludeId)
    .map((s) => withoutSearchFields(s) as Seeker);
}
