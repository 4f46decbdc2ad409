/**
 * The seeker list's projection: one slim row per live seeker (table `seekerRows`), holding only what
 * the list shows and filters on. A full seeker is ~2 KB (long notes) and reading 10,000 of them costs
 * ~300 ms of structured-clone work on a cold start; the rows are a tenth of that.
 * Rows are never written by callers: seeker-rows-middleware.ts derives them from every write to
 * `seekers`, in the same IndexedDB transaction. Tombstoned seekers have no row.
 */
import type { Seeker } from '../shared/entities';
import { toSearchKey } from '../shared/kana';
import { phoneDigits } from '../shared/phone';

export const SEEKER_ROWS = 'seekerRows';

export type SeekerListRow = Pick<
  Seeker,
  'id' | 'familyName' | 'givenName' | 'familyNameKana' | 'givenNameKana' | 'birthDate' | 'town' | 'status' | 'desiredIndustries'
> & {
  /** Folded kana reading (toSearchKey): the sort key, kana prefix search, duplicate check. */
  reading: string;
  /** Folded reading + kanji name, for substring search. */
  text: string;
  /**
   * Phone digits, for the phone search and the duplicate check (no index may hold them: the data
   * is encrypted at rest). Absent on rows written before it existed, until the seeker is rewritten
   * (the encryption migration rewrites every seeker).
   */
  phone?: string;
};

/** What a seeker needs to have a row; partial records (tests, old data) still project. */
export type SeekerLike = Partial<Seeker> & { id: string };

export const hasListRow = (s: SeekerLike): boolean => s.deleted !== true;

export function seekerRowOf(s: SeekerLike): SeekerListRow {
  const familyName = s.familyName ?? '';
  const givenName = s.givenName ?? '';
  const familyNameKana = s.familyNameKana ?? '';
  const givenNameKana = s.givenNameKana ?? '';
  return {
    id: s.id,
    familyName,
    givenName,
    familyNameKana,
    givenNameKana,
    birthDate: s.birthDate ?? '',
    town: s.town as Seeker['town'],
    status: s.status ?? 'registered',
    desiredIndustries: s.desiredIndustries ?? [],
    reading: toSearchKey(familyNameKana + givenNameKana),
    text: toSearchKey(`${familyName}${givenName} ${familyNameKana}${givenNameKana}`),
    phone: phoneDigits(s.phone ?? ''),
  };
}
