/**
 * Moves the grant report's "written" token (report-input-cache.ts) with every write to a table the
 * report reads, below every caller (user edits, sync pages, tombstones, clear(), scope drops), in the
 * same IndexedDB transaction as the write: the cached copy of the report's records can never outlive
 * the data it was made from. Beside the token it logs which records the write touched (one entry per
 * write, the ids only), so the next open patches the copy with those records instead of reading the 14
 * tables again. Same pattern as seeker-rows-middleware.ts: a readwrite transaction over a
 * report table also opens `listCache`; promises are chained with .then(), never awaited natively.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';
import { LIST_CACHE, writtenMark, type CopyKeys, type ListCacheEntry } from './cached-copy';
import { REPORT_TABLES } from '../domain/grant-report-model';

/** The report's token and copy in listCache (report-input-cache.ts). Here, not there: the middleware is on the first screen, the report is not. */
// 'report:input' held copies made before the change log: they cannot be patched (what was written since is not logged).
export const REPORT_COPY = { written: 'report:written', copy: 'report:records', changes: 'report:changed:', retired: 'report:input' } satisfies CopyKeys;

const reportTables = new Set<string>(REPORT_TABLES);

/** The ids a mutation wrote, or undefined when a range was deleted: the whole table is read again then. */
function writtenIds(req: DBCoreMutateRequest, res: DBCoreMutateResponse): string[] | undefined {
  if (req.type === 'delete') return req.keys as string[];
  if (req.type === 'deleteRange') return undefined;
  // Failed values wrote nothing; their ids are logged all the same (a record read again unchanged costs nothing).
  return ((res.results ?? req.keys ?? req.values.map((value: { id: string }) => value.id)) as unknown[]).filter((id): id is string => typeof id === 'string');
}

/** One change log entry: its key sorts after the copy's prefix, in no particular order (the log is a set). */
const changeEntry = (table: string, ids: string[] | undefined): ListCacheEntry => ({ key: `${REPORT_COPY.changes}${crypto.randomUUID()}`, table, ...(ids ? { ids } : {}) });

function marking(name: string, table: DBCoreTable, cache: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: (req) =>
      table.mutate(req).then((res) =>
        cache.mutate({ type: 'put', trans: req.trans, values: [writtenMark(REPORT_COPY), changeEntry(name, writtenIds(req, res))] }).then((mark) => {
          // A token that cannot be written must fail the write too: a stale copy would be served.
          if (mark.numFailures > 0) throw Object.values(mark.failures)[0];
          return res;
        }),
      ),
  };
}

export const reportWrittenMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ReportWrittenToken',
  create(down) {
    // Stacks are also built during upgrades of versions before listCache existed: stay out of those.
    if (!down.schema.tables.some((t) => t.name === LIST_CACHE)) return {};
    const cache = down.table(LIST_CACHE);
    return {
      transaction: (stores, mode, options) =>
        down.transaction(
          mode === 'readwrite' && stores.some((name) => reportTables.has(name)) && !stores.includes(LIST_CACHE) ? [...stores, LIST_CACHE] : stores,
          mode,
          options,
        ),
      table: (name) => (reportTables.has(name) ? marking(name, down.table(name), cache) : down.table(name)),
    };
  },
};
