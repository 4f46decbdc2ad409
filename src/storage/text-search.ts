/**
 * The lists' search box (seekers, companies, the pickers built on them), read once per keystroke:
 * - digits, with or without hyphens, spaces or full-width forms: a phone number, matched from its
 *   start (counter staff are often handed a number first; MIN_PHONE_DIGITS keep one digit from
 *   matching everybody);
 * - anything else: the folded key (src/shared/kana.ts) or one of its name-kanji spellings, inside
 *   the row's folded text;
 * - when that finds fewer than FEW_MATCHES and the query is kana, rows whose reading matches with the
 *   voiced marks folded (いわさき ~ イワザキ) come after the exact ones, marked `near`.
 */
import { isKatakanaReading, toSearchKey, toStoredReading } from '../shared/kana';
import { kanjiSpellings, toLooseKey } from '../shared/search-folds';
import { MIN_PHONE_DIGITS, phoneDigits } from '../shared/phone';

/** Below this many exact matches, near matches are added after them. */
export const FEW_MATCHES = 5;

export type SearchQuery =
  | { kind: 'all' }
  | { kind: 'phone'; digits: string }
  /** `looseKey` only for a kana query: voiced marks exist only in kana. */
  | { kind: 'text'; spellings: string[]; looseKey: string | undefined };

const PHONE_LIKE = /^[\d\s()+\u2010-\u2015\u2212\u30FC-]+$/u;

export function parseSearchQuery(text: string | undefined): SearchQuery {
  const typed = (text ?? '').normalize('NFKC').trim();
  if (/\d/u.test(typed) && PHONE_LIKE.test(typed)) return { kind: 'phone', digits: phoneDigits(typed) };
  const key = toSearchKey(typed);
  if (key === '') return { kind: 'all' };
  return { kind: 'text', spellings: kanjiSpellings(key), looseKey: isKatakanaReading(toStoredReading(typed)) ? toLooseKey(key) : undefined };
}

/** A phone query long enough to search by. */
export const phoneSearchable = (query: SearchQuery): query is { kind: 'phone'; digits: string } =>
  query.kind === 'phone' && query.digits.length >= MIN_PHONE_DIGITS;

export const textMatches = (spellings: readonly string[], folded: string): boolean => spellings.some((s) => folded.includes(s));

/** A row found only with the voiced marks folded: shown after the exact matches, and marked. */
export type Hit<T> = T & { near?: true };

/**
 * The rows that match, in the order given: the exact ones, then (when there are few and `near` is
 * given) the near ones.
 */
export function rankHits<T extends object>(rows: readonly T[], exact: (row: T, index: number) => boolean, near?: (row: T, index: number) => boolean): Hit<T>[] {
  const hits: Hit<T>[] = rows.filter(exact);
  if (!near || hits.length >= FEW_MATCHES) return hits;
  rows.forEach((row, i) => {
    if (near(row, i) && !exact(row, i)) hits.push({ ...row, near: true });
  });
  return hits;
}

