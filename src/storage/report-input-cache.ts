/**
 * The grant report's records kept as one cached copy (cached-copy.ts): reading 14 tables whole (20,000
 * full seekers, each decrypted) takes seconds, one sealed string of just the fields the report reads
 * a fraction of that. Every write to a report table moves its token (report-written-middleware.ts), so
 * the copy is never served stale. The records and their prepared report are also kept in memory while
 * the token holds: reopening the dashboard, or a filter change, does not read or index anything again.
 */
import { prepareReport, type PreparedReport } from '../domain/grant-report';
import type { ReportRecords } from '../domain/grant-report-model';
import { readCopy, scheduleCopySave } from './cached-copy';
import { onDataKeyChange } from './crypto/data-key';
import type { FieldDb } from './db';
import { readReportTables } from './report-queries';
import { REPORT_COPY } from './report-written-middleware';

export { REPORT_COPY };


export type ReportData = { input: ReportRecords; prepared: PreparedReport };

/** Per database: the records read under the token current then, and their report prepared on demand. */
type Remembered = { token: string; input: ReportRecords; prepared?: PreparedReport };
let remembered = new WeakMap<FieldDb, Remembered>();

/** Forgets the records held in memory (the next read comes from the copy or the tables). */
export function forgetReportRecords(): void {
  remembered = new WeakMap();
}
// Decrypted records are held only while unlocked: a lock (or a new key) drops them.
onDataKeyChange(forgetReportRecords);

async function readCurrent(db: FieldDb): Promise<Remembered> {
  const token = (await db.listCache.get(REPORT_COPY.written))?.token;
  const kept = remembered.get(db);
  if (token !== undefined && kept?.token === token) return kept;
  const { token: copyToken, copy } = await readCopy<ReportRecords>(db, REPORT_COPY);
  const input = copy ?? (await readReportTables(db));
  if (!copy) scheduleCopySave(db, REPORT_COPY, copyToken, input);
  if (copyToken === undefined) return { token: '', input }; // never written: nothing to remember it under
  const entry: Remembered = { token: copyToken, input };
  remembered.set(db, entry);
  return entry;
}

/** Every record the report counts, cut to the fields it reads. Callers must not change them. */
export async function readReportInput(db: FieldDb): Promise<ReportRecords> {
  return (await readCurrent(db)).input;
}

/** The records and their prepared report (prepareReport), prepared once per state of the data. */
export async function readReportData(db: FieldDb): Promise<ReportData> {
  const entry = await readCurrent(db);
  entry.prepared ??= prepareReport(entry.input);
  return { input: entry.input, prepared: entry.prepared };
}
