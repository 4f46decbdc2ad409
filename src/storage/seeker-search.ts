/**
 * The seeker list's search box over its sorted rows (seeker-queries.ts loads this with the first
 * query): how a query is read and ranked is text-search.ts's. A phone number is matched on the rows'
 * phone digits: the data is encrypted at rest, so no index can hold them (encryption-middleware.ts).
 */
import { toLooseKey } from '../shared/search-folds';
import { joinRows, markContaining, markStartingWith, type JoinedRows } from './joined-rows';
import { matchesSeekerFilters, type SeekerFilter, type SeekerHit, type SeekerRow } from './seeker-filters';
import { parseSearchQuery, phoneSearchable, rankHits } from './text-search';

/**
 * The search over rows held in memory (a picker may filter the same rows per keystroke: at 20,000
 * seekers the read is most of a keystroke's time, docs/benchmarks.md, device reads). Filtering the
 * sorted rows keeps their order: no sort per keystroke.
 */
export function searchSeekerRows(rows: readonly SeekerRow[], filter: SeekerFilter): SeekerHit[] {
  const query = parseSearchQuery(filter.text);
  const filtered = matchesSeekerFilters(filter);
  if (query.kind === 'all') return rows.filter(filtered);
  const marks = new Uint8Array(rows.length);
  if (query.kind === 'phone') {
    if (!phoneSearchable(query)) return [];
    markStartingWith(joinedOf(rows, 'phone'), query.digits, marks);
    return rows.filter((r, i) => marks[i] === 1 && filtered(r));
  }
  const { spellings, looseKey } = query;
  const texts = joinedOf(rows, 'text');
  for (const spelling of spellings) markContaining(texts, spelling, marks);
  let folded: string[] | undefined; // only when the exact matches are few
  const near = looseKey === undefined ? undefined : (r: SeekerRow, i: number) => (folded ??= looseReadingsOf(rows))[i]!.includes(looseKey) && filtered(r);
  return rankHits(rows, (r, i) => marks[i] === 1 && filtered(r), near);
}

/** The rows' folded texts or phone digits joined (joined-rows.ts), once per array of rows, as below. */
const joined = { text: new WeakMap<readonly SeekerRow[], JoinedRows>(), phone: new WeakMap<readonly SeekerRow[], JoinedRows>() };
function joinedOf(rows: readonly SeekerRow[], key: 'text' | 'phone'): JoinedRows {
  let found = joined[key].get(rows);
  if (!found) {
    found = joinRows(rows, (r) => r[key] ?? '');
    joined[key].set(rows, found);
  }
  return found;
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
