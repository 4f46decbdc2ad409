/**
 * The "search before register" check: seekers that are probably the one being typed in. It filters
 * the decrypted list rows held in memory (seeker-list-cache.ts: reading, birth date, phone digits;
 * no index may hold them, the data is encrypted at rest) and reads the matches' full records. It
 * lives apart from the list (seeker-queries.ts), which is the first screen and does without it.
 */
import type { Seeker } from '../shared/entities';
import { toSearchKey } from '../shared/kana';
import { phoneDigits } from '../shared/phone';
import type { FieldDb, Stored } from './db';
import { withoutSearchFields } from './search-fields';
import { readSortedSeekerRows } from './seeker-list-cache';

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
  const byReading = reading !== '' && probe.birthDate !== undefined && probe.birthDate !== '';
  const byPhone = digits.length >= 10;
  if (!byReading && !byPhone) return [];
  const rows = await readSortedSeekerRows(db);
  const ids = rows
    .filter((r) => r.id !== probe.excludeId && ((byReading && r.reading === reading && r.birthDate === probe.birthDate) || (byPhone && r.phone === digits)))
    .map((r) => r.id);
  // The warning shows the full records (phone, town).
  const seekers = await db.seekers.bulkGet(ids);
  return seekers.filter((s): s is Stored<'seekers'> => s !== undefined && !s.deleted).map((s) => withoutSearchFields(s) as Seeker);
}
