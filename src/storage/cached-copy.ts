/**
 * A derived copy kept in `listCache` as ONE JSON string for the next cold start. IndexedDB pays about
 * 10 µs per record whatever its size, so thousands of records read far slower than one string of the
 * same data (measured in Chromium: 10,000 list rows take 100–200 ms as records, ~30 ms as one 2.7 MB
 * string). It is only a cache, and it can never be served stale:
 * - every write to its source tables replaces a random "written" token in the same IndexedDB
 *   transaction (a DBCore middleware: seeker-rows-middleware.ts, report-written-middleware.ts);
 * - the copy records the token it was built under and is used only while that token is current;
 *   otherwise the caller reads the source, and a fresh copy is saved a moment later, only if nothing
 *   was written meanwhile.
 * The `json` field is sealed by the encryption middleware (crypto/clear-fields.ts) like any record.
 */
import type { FieldDb } from './db';

export const LIST_CACHE = 'listCache';
/** `table` and `ids`: a change log entry (report-written-middleware.ts); the others, a token or a copy. */
export type ListCacheEntry = { key: string; token?: string; json?: string; table?: string; ids?: string[] };

/**
 * The listCache keys of one copy: its "written" token, the copy itself, for a copy that is patched
 * rather than rebuilt the prefix of its change log (what was written since the copy was saved), and
 * the key an earlier version kept the copy under (deleted at the first save).
 */
export type CopyKeys = { written: string; copy: string; changes?: string; retired?: string };

/** The entry a middleware writes with every write to the copy's sources. */
// crypto.randomUUID, not ids.ts: that module brings the name-based ids' SHA-1 onto the first screen.
export const writtenMark = (keys: CopyKeys): ListCacheEntry => ({ key: keys.written, token: crypto.randomUUID() });

/** After a change, wait for the writes to settle (a sync page comes in batches) before copying. */
const SAVE_DELAY_MS = 1_000;

type PendingSave = { timer: ReturnType<typeof setTimeout>; run: () => void };
/** Per database, per copy key: the save waiting for the writes to settle. */
const pendingSaves = new Map<FieldDb, Map<string, PendingSave>>();

// The app going to the background (tablet locked, app switched) may be the last chance before the
// next cold start: save at once rather than after the delay.
if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'hidden') return;
    for (const saves of [...pendingSaves.values()]) [...saves.values()].forEach((pending) => pending.run());
  });
}

/** The current token, and the copy when it was built under that token. */
export async function readCopy<T>(db: FieldDb, keys: CopyKeys): Promise<{ token: string | undefined; copy: T | undefined }> {
  const [written, cached] = await db.listCache.bulkGet([keys.written, keys.copy]);
  const token = written?.token;
  const copy = cached?.json !== undefined && cached.token === token ? (JSON.parse(cached.json) as T) : undefined;
  return { token, copy };
}

/** Saves `value` as the copy a moment later, if the sources were not written since `token` was read. */
export function scheduleCopySave(db: FieldDb, keys: CopyKeys, token: string | undefined, value: unknown): void {
  const saves = pendingSaves.get(db) ?? new Map<string, PendingSave>();
  pendingSaves.set(db, saves);
  const previous = saves.get(keys.copy);
  if (previous) clearTimeout(previous.timer);
  // A timer, not a promise: the read runs inside a liveQuery, where a write is not allowed.
  const run = () => {
    clearTimeout(pending.timer);
    if (saves.get(keys.copy) !== pending) return;
    saves.delete(keys.copy);
    if (saves.size === 0 && pendingSaves.get(db) === saves) pendingSaves.delete(db);
    void saveIfCurrent(db, keys, token, value).catch(() => {
      // Only a cache: the next read rebuilds it (e.g. the database was closed by a sign-out).
    });
  };
  const pending: PendingSave = { timer: setTimeout(() => run(), SAVE_DELAY_MS), run };
  saves.set(keys.copy, pending);
}

async function saveIfCurrent(db: FieldDb, keys: CopyKeys, token: string | undefined, value: unknown): Promise<void> {
  await db.transaction('rw', db.listCache, async () => {
    const written = await db.listCache.get(keys.written);
    // Written since the read: the copy would never be served (its token is old), so skip the work.
    if (written?.token !== token) return;
    await db.listCache.put({ key: keys.copy, token, json: JSON.stringify(value) });
    // Nothing was written since the read, so the copy holds every change logged until now.
    if (keys.changes) await db.listCache.where('key').startsWith(keys.changes).delete();
    if (keys.retired) await db.listCache.delete(keys.retired);
  });
}

/** Above this many entries a change log is dropped with its copy: patching would not beat a rebuild. */
const CHANGE_LOG_LIMIT = 1_000;

/**
 * Keeps a change log from growing on a device that never reads its copy (no copy: nothing needs the
 * log) or reads it rarely (a long log: the next read rebuilds the copy from the tables instead).
 */
export async function pruneChangeLog(db: FieldDb, keys: CopyKeys): Promise<void> {
  const { changes } = keys;
  if (!changes) return;
  await db.transaction('rw', db.listCache, async () => {
    const log = db.listCache.where('key').startsWith(changes);
    const [entries, copies] = await Promise.all([log.count(), db.listCache.where('key').equals(keys.copy).count()]);
    if (entries === 0 || (copies > 0 && entries <= CHANGE_LOG_LIMIT)) return;
    await log.delete();
    await db.listCache.delete(keys.copy);
  });
}
