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
  const { token: copyToken, copy } = await readCopy<SeekerListRow[]>(db, SEEKER_LIST_COPY);
  const rows = copy ?? (await db.seekerRows.toArray()).sort(bySeekerListOrder);
  if (!copy) scheduleCopySave(db, SEEKER_LIST_COPY, copyToken, rows);
  if (copyToken !== undefined) lastRead.set(db, { token: copyToken, rows });
  return rows;
}
