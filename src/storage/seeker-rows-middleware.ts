/**
 * Keeps `seekerRows` (seeker-rows.ts) exactly in step with `seekers`, below every caller: user edits,
 * sync pages, tombstones, conflict and attention fixes, clear() and scope drops all reach IndexedDB
 * through Dexie's DBCore, so mirroring there means no write path can forget the rows (the way
 * Dexie Cloud keeps its own mutation tables).
 * - Any readwrite transaction over `seekers` also opens `seekerRows` and `listCache`, so a row (and
 *   the token that invalidates the cached list, seeker-list-cache.ts) is written in the same
 *   IndexedDB transaction as its seeker: all commit or none does.
 * - Level 10 (the default) puts this above Dexie's Observability and Cache middlewares (level 0),
 *   so the row writes are seen by liveQuery like any other write.
 * - Promises are chained with .then(), never awaited natively: the Cache middleware below reads the
 *   Dexie zone (PSD.trans), which a native await can lose.
 * - A write that moves only a seeker's record meta (a push acknowledgement: version and timestamps,
 *   none of which a row holds) leaves its row and the list's token alone: the caller says so with
 *   `withUnchangedListRows`, and a push of 1,000 edits then writes 1,000 values instead of 2,001.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';
import { LIST_CACHE, writtenMark } from './cached-copy';
import { SEEKER_LIST_COPY } from './seeker-list-cache';
import { hasListRow, SEEKER_ROWS, seekerRowOf, type SeekerLike } from './seeker-rows';

const SEEKERS = 'seekers';

type Write = { table: DBCoreTable; req: DBCoreMutateRequest };

/** Seeker values whose list rows this write does not change (marked by identity: the values Dexie hands down are the caller's). */
const rowsUnchanged = new WeakSet<object>();

/**
 * Marks seeker values that differ from the stored ones only in RECORD_META_KEYS (version, timestamps;
 * not `deleted`, which decides whether a row exists): writing them keeps their rows as they are.
 */
export function withUnchangedListRows<T extends object>(values: readonly T[]): readonly T[] {
  for (const value of values) rowsUnchanged.add(value);
  return values;
}

/** The row writes that mirror one successful seekers mutation (failed values are skipped). */
function mirrorRequests(req: DBCoreMutateRequest, res: DBCoreMutateResponse): DBCoreMutateRequest[] {
  const { trans } = req;
  if (req.type === 'delete') return [{ type: 'delete', trans, keys: req.keys }];
  if (req.type === 'deleteRange') return [{ type: 'deleteRange', trans, range: req.range }];
  // The last value per id wins, as in the store: one batch may hold a record and its tombstone.
  const last = new Map<string, SeekerLike>();
  req.values.forEach((value: SeekerLike, i) => {
    if (!res.failures[i]) last.set(value.id, value);
  });
  for (const [id, value] of last) if (rowsUnchanged.has(value)) last.delete(id);
  const live = [...last.values()].filter(hasListRow);
  const gone = [...last.values()].filter((s) => !hasListRow(s)).map((s) => s.id);
  const out: DBCoreMutateRequest[] = [];
  if (live.length > 0) out.push({ type: 'put', trans, values: live.map(seekerRowOf) });
  if (gone.length > 0) out.push({ type: 'delete', trans, keys: gone });
  return out;
}

function mirrored(seekers: DBCoreTable, rows: DBCoreTable, cache: DBCoreTable): DBCoreTable {
  // A few writes (rows put, rows delete, the cache token), run in order on Dexie's own promises.
  const run = (writes: Write[], result: DBCoreMutateResponse): DBCoreMutateResponse | Promise<DBCoreMutateResponse> => {
    const [first, ...rest] = writes;
    if (!first) return result;
    return first.table.mutate(first.req).then((res) => {
      failOnRowFailure(res);
      return run(rest, result);
    });
  };
  return {
    ...seekers,
    mutate: (req) =>
      seekers.mutate(req).then((res) => {
        const rowWrites: Write[] = mirrorRequests(req, res).map((r) => ({ table: rows, req: r }));
        // A put that wrote no row (only meta moved, or every value failed) leaves the cached list current.
        if (rowWrites.length === 0 && isPut(req)) return res;
        return run([...rowWrites, { table: cache, req: { type: 'put', trans: req.trans, values: [writtenMark(SEEKER_LIST_COPY)] } }], res);
      }),
  };
}

const isPut = (req: DBCoreMutateRequest) => req.type === 'put' || req.type === 'add';

/** A row that cannot be written must fail the seeker's write too (and so its transaction). */
function failOnRowFailure(res: DBCoreMutateResponse): void {
  if (res.numFailures > 0) throw Object.values(res.failures)[0];
}

export const seekerRowsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'SeekerListProjection',
  create(down) {
    // Stacks are also built during upgrades of versions before seekerRows existed: stay out of those.
    if (!down.schema.tables.some((t) => t.name === SEEKER_ROWS)) return {};
    const rows = down.table(SEEKER_ROWS);
    const cache = down.table(LIST_CACHE);
    const extra = [SEEKER_ROWS, LIST_CACHE];
    return {
      transaction: (stores, mode, options) =>
        down.transaction(
          mode === 'readwrite' && stores.includes(SEEKERS) ? [...stores, ...extra.filter((name) => !stores.includes(name))] : stores,
          mode,
          options,
        ),
      table: (name) => (name === SEEKERS ? mirrored(down.table(name), rows, cache) : down.table(name)),
    };
  },
};
