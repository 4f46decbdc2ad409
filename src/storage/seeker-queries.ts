/**
 * The seeker list. It reads the slim list rows (seeker-rows.ts), never the ~2 KB seekers, so a cold
 * start at 10,000–50,000 seekers stays fast.
 * The list reads every row (from the cached sorted copy when it is current, seeker-list-cache.ts)
 * and filters in memory: a kana query must also match given names, which no prefix range covers.
 * What the search box does (phone numbers, name-kanji variants, near readings: seeker-search.ts)
 * loads with the first query, not with the first screen, whose JavaScript has a budget.
 */
import type { FieldDb } from './db';
import { applySeekerFilters, type SeekerFilter, type SeekerHit } from './seeker-filters';
import { readSortedSeekerRows } from './seeker-list-cache';

export async function listSeekers(db: FieldDb, filter: SeekerFilter): Promise<SeekerHit[]> {
  const rows = await readSortedSeekerRows(db);
  if (!filter.text?.trim()) return applySeekerFilters(rows, filter);
  const { searchSeekerRows } = await import('./seeker-search');
  return searchSeekerRows(rows, filter);
}
