/**
 * The whole seeker list, sorted, kept as one cached copy (cached-copy.ts): 10,000 list rows read as
 * records take 100–200 ms, as one string ~30 ms (offline cold start to the list ≤ 1 s,
 * docs/cold-start.md). Every write to `seekers` moves its token (seeker-rows-middleware.ts).
 */
import { currentDataKey, onDataKeyChange } from './crypto/data-key';
import { readCopy, scheduleCopySave, type CopyKeys } from './cached-copy';
import type { FieldDb } from './db';
import type { SeekerListRow } from './seeker-rows';

export const SEEKER_LIST_COPY: CopyKeys = { written: 'seekers:written', copy: 'seekers:list' };
/** The list's first screenful and its length, under the same token (see readSeekerListHead). */
export const SEEKER_LIST_HEAD: CopyKeys = { written: SEEKER_LIST_COPY.written, copy: 'seekers:head' };

/** More rows than a 1024×768 or 768×1024 screen shows (72 px rows) with the virtual list's overscan. */
const HEAD_ROWS = 40;

export type SeekerListHead = { total: number; rows: SeekerListRow[] };

const bySeekerListOrder = (a: SeekerListRow, b: SeekerListRow) => (a.reading < b.reading ? -1 : a.reading > b.reading ? 1 : a.id < b.id ? -1 : 1);

/**
 * The rows last read, per database, under the token current then. A search answers every keystroke
 * (the list's filter, the placement editor's seeker picker over 20,000 seekers): while no seeker is
 * written, it reuses them instead of parsing the copy again (~30 ms a time at 10,000 rows).
 * Callers get the same array each time and must not change it.
 */
let lastRead = new WeakMap<FieldDb, { token: string; rows: SeekerListRow[] }>();
// Decrypted rows are held only while unlocked: a lock (or a new key) drops them.
onDataKeyChange(() => {
  lastRead = new WeakMap();
});

/** Every live seeker's list row, in list order (reading, then id); none while the data is locked. */
export async function readSortedSeekerRows(db: FieldDb): Promise<SeekerListRow[]> {
  if (!currentDataKey()) return [];
  const token = (await db.listCache.get(SEEKER_LIST_COPY.written))?.token;
  const remembered = lastRead.get(db);
  if (token !== undefined && remembered?.token === token) return remembered.rows;
  const [{ token: copyToken, copy }, headToken] = await Promise.all([readCopy<SeekerListRow[]>(db, SEEKER_LIST_COPY), db.listCache.get(SEEKER_LIST_HEAD.copy).then((e) => e?.token)]);
  const rows = copy ?? (await db.seekerRows.toArray()).sort(bySeekerListOrder);
  if (!copy) scheduleCopySave(db, SEEKER_LIST_COPY, copyToken, rows);
  // Also when only the head is missing (a device whose copy predates it).
  if (!copy || headToken !== copyToken) scheduleCopySave(db, SEEKER_LIST_HEAD, copyToken, { total: rows.length, rows: rows.slice(0, HEAD_ROWS) } satisfies SeekerListHead);
  if (copyToken !== undefined) lastRead.set(db, { token: copyToken, rows });
  return rows;
}

/**
 * The list's first screenful and how many rows the whole list has, from a copy of its own: at a cold
 * start it opens and parses in a few milliseconds, while the whole copy (a few MB at 10,000–50,000
 * seekers) is still being decrypted, inflated and parsed, so the screen can show its first rows and
 * count before the rest. Undefined when a seeker was written since it was saved, or while locked.
 */
export async function readSeekerListHead(db: FieldDb): Promise<SeekerListHead | undefined> {
  if (!currentDataKey()) return undefined;
  return (await readCopy<SeekerListHead>(db, SEEKER_LIST_HEAD)).copy;
}
