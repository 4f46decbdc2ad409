/**
 * Brings the grant report's cached copy (report-input-cache.ts) up to date from its change log
 * (report-written-middleware.ts) instead of reading the 14 tables again: after a sync that brought a
 * few hundred records, the dashboard reads those records, not the 20,000 seekers and every other table,
 * each decrypted. The patched copy is what a full read would give: the same rows, in the same (primary
 * key) order.
 */
import type { ReportRecords, ReportTable } from '../domain/grant-report-model';
import type { ListCacheEntry } from './cached-copy';
import type { FieldDb } from './db';
import { readReportTable, reportRowOf, type ReportRow } from './report-queries';

/** Above this many changed records of one table, reading the table whole is about as quick as picking them out. */
const WHOLE_TABLE_AFTER = 2_000;

/** Per table, the ids written since the copy, or 'all' (a range was deleted, or too many to pick out). */
export type ReportChanges = Map<ReportTable, Set<string> | 'all'>;

export function changesOf(log: readonly ListCacheEntry[]): ReportChanges {
  const changes: ReportChanges = new Map();
  for (const entry of log) {
    const table = entry.table as ReportTable;
    const known = changes.get(table);
    if (known === 'all') continue;
    if (!entry.ids) {
      changes.set(table, 'all');
      continue;
    }
    const ids = known ?? new Set<string>();
    entry.ids.forEach((id) => ids.add(id));
    changes.set(table, ids.size > WHOLE_TABLE_AFTER ? 'all' : ids);
  }
  return changes;
}

/** The rows of one table with the changed records read again: replaced, added, or gone when no longer stored. */
async function patchTable(db: FieldDb, table: ReportTable, rows: readonly ReportRow[], ids: Set<string>): Promise<ReportRow[]> {
  const wanted = [...ids];
  const records = (await db.table(table).bulkGet(wanted)) as (Record<string, unknown> | undefined)[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  let added = false;
  wanted.forEach((id, i) => {
    const record = records[i];
    if (!record) byId.delete(id);
    else {
      added ||= !byId.has(id);
      byId.set(id, reportRowOf(table, record));
    }
  });
  const patched = [...byId.values()];
  // Primary key order, as a full read gives (IndexedDB and `<` both compare strings by UTF-16 code units).
  return added ? patched.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) : patched;
}

/** The copy with every logged change applied; call inside a read transaction over the changed tables. */
export async function patchReportCopy(db: FieldDb, copy: ReportRecords, changes: ReportChanges): Promise<ReportRecords> {
  const patched: Record<string, readonly unknown[]> = { ...copy };
  await Promise.all(
    [...changes].map(async ([table, ids]) => {
      const rows = copy[table] as unknown as readonly ReportRow[];
      patched[table] = ids === 'all' ? await readReportTable(db, table) : await patchTable(db, table, rows, ids);
    }),
  );
  return patched as unknown as ReportRecords;
}
