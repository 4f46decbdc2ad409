/**
 * The seeker list (and the seeker picker) as a filter changes. The sorted rows are a live query of
 * their own, read once and again only when a seeker is written (seeker-list-cache.ts); each keystroke
 * then filters them in memory, in the same render as the keystroke: no IndexedDB read, no live query
 * started again, no wait for a later task (at 50,000 seekers those were most of a keystroke's time).
 */
import { useEffect, useMemo, useState } from 'react';
import { applySeekerFilters, type SeekerFilter, type SeekerHit } from '../seeker-filters';
import { readSeekerListHead, readSortedSeekerRows, type SeekerListHead } from '../seeker-list-cache';
import type { searchSeekerRows } from '../seeker-search';
import { useDeviceQuery } from './use-device-query';

type Search = typeof searchSeekerRows;

/** The search module, once loaded: it stays out of the first screen's JavaScript (seeker-queries.ts). */
let loadedSearch: Search | undefined;
const loadSearch = (): Promise<Search> => import('../seeker-search').then((m) => (loadedSearch = m.searchSeekerRows));

/**
 * undefined while the rows load (or, for the first query, the search module). With `start` false
 * nothing is read yet (the list screen reads its first screenful first, useSeekerListHead).
 */
export function useSeekerList(filter: SeekerFilter, start = true): SeekerHit[] | undefined {
  const rows = useDeviceQuery((db) => (start ? readSortedSeekerRows(db) : undefined), { rerunOn: start });
  const [search, setSearch] = useState(() => loadedSearch);
  // Loaded once the rows are shown, so the first keystroke does not wait for it.
  const wanted = rows !== undefined || Boolean(filter.text?.trim());
  useEffect(() => {
    if (!wanted || search) return;
    let live = true;
    void loadSearch().then((loaded) => live && setSearch(() => loaded));
    return () => {
      live = false;
    };
  }, [wanted, search]);
  const { text, town, ageGroup, industry, today } = filter;
  return useMemo(() => {
    if (!rows) return undefined;
    const current = { text, town, ageGroup, industry, today };
    if (!text?.trim()) return applySeekerFilters(rows, current);
    return search ? search(rows, current) : undefined;
  }, [rows, search, text, town, ageGroup, industry, today]);
}

/**
 * The list's first screenful and its length, for a cold start (readSeekerListHead): null when there
 * is none current, undefined while it is read. The whole list is read after it, not beside it: its
 * copy's decryption would otherwise queue before the head's.
 */
export function useSeekerListHead(): SeekerListHead | null | undefined {
  return useDeviceQuery(async (db) => (await readSeekerListHead(db)) ?? null);
}
