/**
 * The "search before register" check: seekers that are probably the one being typed in. It reads the
 * slim list rows' reading index (seeker-rows.ts) and the seekers' phone index, and lives apart from
 * the list (seeker-queries.ts), which is the first screen and does without it.
 */
import type { Seeker } from '../shared/entities';
import { toSearchKey } from '../shared/kana';
import { phoneDigits } from '../shared/phone';
import type { FieldDb, Stored } from './db';
import { withoutSearchFields } from './search-fields';

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
