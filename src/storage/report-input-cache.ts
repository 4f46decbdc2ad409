/**
 * The grant report's records kept as one cached copy (cached-copy.ts): reading 14 tables whole (20,000
 * full seekers, each decrypted) takes seconds, one sealed string of just the fields the report reads
 * a fraction of that. Every write to a report table moves its token (report-written-middleware.ts), so
 * the copy is never served stale. The records and their prepared report are also kept in memory while
 * the token holds: reopening the dashboard, or a filter change, does not read or index anything again.
 * After writes, the copy is patched with the records its change log names (report-copy-patch.ts).
 */
import { prepareReport, type PreparedReport } from '../domain/grant-report';
import type { ReportRecords } from '../domain/grant-report-model';
import { REPORT_TABLES } from '../domain/grant-report-model';
import { scheduleCopySave } from './cached-copy';
import { onDataKeyChange } from './crypto/data-key';
import type { FieldDb } from './db';
import { changesOf, patchReportCopy } from './report-copy-patch';
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

/**
 * The records as of now, in one read transaction: the copy as saved, the copy patched with what was
 * written since (its change log), or, with no copy yet, the tables read whole. `current`: the copy as saved.
 */
function readFromDevice(db: FieldDb): Promise<{ token: string | undefined; input: ReportRecords; current: boolean }> {
  return db.transaction('r', [db.listCache, ...REPORT_TABLES.map((name) => db.table(name))], async () => {
    const [written, cached] = await db.listCache.bulkGet([REPORT_COPY.written, REPORT_COPY.copy]);
    const token = written?.token;
    if (cached?.json === undefined) return { token, input: await readReportTables(db), current: false };
    const copy = JSON.parse(cached.json) as ReportRecords;
    if (cached.token === token) return { token, input: copy, current: true };
    const log = await db.listCache.where('key').startsWith(REPORT_COPY.changes).toArray();
    return { token, input: await patchReportCopy(db, copy, changesOf(log)), current: false };
  });
}

async function readCurrent(db: FieldDb): Promise<Remembered> {
  const token = (await db.listCache.get(REPORT_COPY.written))?.token;
  const kept = remembered.get(db);
  if (token !== undefined && kept?.token === token) return kept;
  const { token: copyToken, input, current } = await readFromDevice(db);
  if (!current) scheduleCopySave(db, REPORT_COPY, copyToken, input);
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
