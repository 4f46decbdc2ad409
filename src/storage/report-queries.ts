/**
 * The grant report's read from the tables: every record it counts, tombstones included (a deleted record
 * stays on the device as `deleted: true`, and a deleted seeker's tombstone, blanked by erasure, still
 * counts its registration and hire). One read transaction, so the report never mixes two states of the
 * data, and one getAll per table: the report passes over whole tables, and a cursor or an index walk
 * would only be slower. Each record is cut down to the fields the report reads (REPORT_FIELDS), so the
 * cached copy (report-input-cache.ts) stays small.
 */
import { REPORT_FIELDS, REPORT_TABLES, type ReportRecords } from '../domain/grant-report-model';
import type { FieldDb } from './db';

/** The tables the report reads. */

function slim(records: readonly Record<string, unknown>[], fields: readonly string[]): Record<string, unknown>[] {
  return records.map((record) => {
    const out: Record<string, unknown> = {};
    for (const field of fields) if (record[field] !== undefined) out[field] = record[field];
    return out;
  });
}

export async function readReportTables(db: FieldDb): Promise<ReportRecords> {
  const tables = REPORT_TABLES.map((name) => db.table(name));
  const rows = await db.transaction('r', tables, () => Promise.all(tables.map((t) => t.toArray())));
  // Each table holds its entity's stored records (schema output + `_` fields): the key of the same name, cut to its fields.
  return Object.fromEntries(REPORT_TABLES.map((name, i) => [name, slim(rows[i]!, REPORT_FIELDS[name])])) as unknown as ReportRecords;
}
