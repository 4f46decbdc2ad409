/**
 * The grant report's read from the tables: every record it counts, tombstones included (a deleted record
 * stays on the device as `deleted: true`, and a deleted seeker's tombstone, blanked by erasure, still
 * counts its registration and hire). One read transaction, so the report never mixes two states of the
 * data, and one getAll per table: the report passes over whole tables, and a cursor or an index walk
 * would only be slower. Each record is cut down to the fields the report reads (REPORT_FIELDS), so the
 * cached copy (report-input-cache.ts) stays small.
 */
import { REPORT_FIELDS, REPORT_TABLES, type ReportRecords, type ReportTable } from '../domain/grant-report-model';
import type { FieldDb } from './db';

/** A stored record as the report keeps it. */
export type ReportRow = Record<string, unknown> & { id: string };

/** A stored record of `table` (schema output + `_` fields) cut to the fields the report reads. */
export function reportRowOf(table: ReportTable, record: Record<string, unknown>): ReportRow {
  const out: Record<string, unknown> = {};
  for (const field of REPORT_FIELDS[table]) if (record[field] !== undefined) out[field] = record[field];
  return out as ReportRow;
}

/** One report table, whole (inside the caller's transaction, if any). */
export async function readReportTable(db: FieldDb, table: ReportTable): Promise<ReportRow[]> {
  return (await db.table(table).toArray()).map((record: Record<string, unknown>) => reportRowOf(table, record));
}

export async function readReportTables(db: FieldDb): Promise<ReportRecords> {
  const rows = await db.transaction('r', REPORT_TABLES.map((name) => db.table(name)), () => Promise.all(REPORT_TABLES.map((name) => readReportTable(db, name))));
  return Object.fromEntries(REPORT_TABLES.map((name, i) => [name, rows[i]!])) as unknown as ReportRecords;
}
