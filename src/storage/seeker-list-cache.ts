/**
 * The whole seeker list, sorted, kept as ONE JSON string for the next cold start. IndexedDB pays
 * about 10 µs per record whatever its size: 10,000 list rows take 100–200 ms to read, while one
 * 2.7 MB string reads and parses in ~30 ms (measured in Chromium; offline cold start to
 * the list ≤ 1 s, docs/cold-start.md). It is only a cache, and it can never be served stale:
 * - every write to `seekers` replaces a random "written" token in the same IndexedDB transaction
 *   (seeker-rows-middleware.ts);
 * - the copy records the token it was built under and is used only while that token is current;
 *   otherwise the rows are read and sorted, and a fresh copy is saved a moment later, only if no
 *   seeker was written meanwhile.
 */
import { currentDataKey, onDataKeyChange } from './crypto/data-key';
import type { FieldDb } from './db';
import type { SeekerListRow } from './seeker-rows';

export const LIST_CACHE = 'listCache';
const WRITTEN_KEY = 'seekers:written';
const LIST_KEY = 'seekers:list';
/** After a change, wait for the writes to settle (a sync page comes in batches) before copying. */
const SAVE_DELAY_MS = 1_000;

export type ListCacheEntry = { key: string; token?: string; json?: string };

/** The entry the middleware writes with every seeker write. */
// crypto.randomUUID, not ids.ts: that module brings the name-based ids' SHA-1 onto the first screen.
export const writtenMark = (): ListCacheEntry => ({ key: WRITTEN_KEY, token: crypto.randomUUID() });

const bySeekerListOrder = (a: SeekerListRow, b: SeekerListRow) => (a.reading < b.reading ? -1 : a.reading > b.reading ? 1 : a.id < b.id ? -1 : 1);

type PendingSave = { timer: ReturnType<typeof setTimeout>; run: () => void };
const pendingSaves = new Map<FieldDb, PendingSave>();

// The app going to the background (tablet locked, app switched) may be the last chance before the
// next cold start: save at once rather than after the delay.
if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') [...pendingSaves.values()].forEach((pending) => pending.run());
  });
}

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
  const token = (await db.listCache.get(WRITTEN_KEY))?.token;
  const remembered = lastRead.get(db);
  if (token !== undefined && remembered?.token === token) return remembered.rows;
  const cached = await db.listCache.get(LIST_KEY);
  const copy = cached?.json !== undefined && cached.token === token ? (JSON.parse(cached.json) as SeekerListRow[]) : undefined;
  const rows = copy ?? (await db.seekerRows.toArray()).sort(bySeekerListOrder);
  if (!copy) scheduleSave(db, rows, token);
  if (token !== undefined) lastRead.set(db, { token, rows });
  return rows;
}

function scheduleSave(db: FieldDb, rows: SeekerListRow[], token: string | undefined): void {
  const previous = pendingSaves.get(db);
  if (previous) clearTimeout(previous.timer);
  // A timer, not a promise: this runs inside a liveQuery, where a write is not allowed.
  const run = () => {
    clearTimeout(pending.timer);
    if (pendingSaves.get(db) !== pending) return;
    pendingSaves.delete(db);
    void saveIfCurrent(db, rows, token).catch(() => {
      // Only a cache: the next read rebuilds it (e.g. the database was closed by a sign-out).
    });
  };
  const pending: PendingSave = { timer: setTimeout(() => run(), SAVE_DELAY_MS), run };
  pendingSaves.set(db, pending);
}

async function saveIfCurrent(db: FieldDb, rows: SeekerListRow[], token: string | undefined): Promise<void> {
  await db.transaction('rw', db.listCache, async () => {
    const written = await db.listCache.get(WRITTEN_KEY);
    // Written since the read: the copy would never be served (its token is old), so skip the work.
    if (written?.token !== token) return;
    await db.listCache.put({ key: LIST_KEY, token, json: JSON.stringify(rows) });
  });
}
