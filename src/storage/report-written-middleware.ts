/**
 * Moves the grant report's "written" token (report-input-cache.ts) with every write to a table the
 * report reads, below every caller (user edits, sync pages, tombstones, clear(), scope drops), in the
 * same IndexedDB transaction as the write: the cached copy of the report's records can never outlive
 * the data it was made from. Same pattern as seeker-rows-middleware.ts: a readwrite transaction over a
 * report table also opens `listCache`; promises are chained with .then(), never awaited natively.
 */
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { LIST_CACHE, writtenMark, type CopyKeys } from './cached-copy';
import { REPORT_TABLES } from '../domain/grant-report-model';

/** The report's token and copy in listCache (report-input-cache.ts). Here, not there: the middleware is on the first screen, the report is not. */
export const REPORT_COPY: CopyKeys = { written: 'report:written', copy: 'report:input' };

const reportTables = new Set<string>(REPORT_TABLES);

function marking(table: DBCoreTable, cache: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: (req) =>
      table.mutate(req).then((res) =>
        cache.mutate({ type: 'put', trans: req.trans, values: [writtenMark(REPORT_COPY)] }).then((mark) => {
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
      table: (name) => (reportTables.has(name) ? marking(down.table(name), cache) : down.table(name)),
    };
  },
};
