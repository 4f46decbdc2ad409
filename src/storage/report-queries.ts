/**
 * The grant report's read: every record it counts, tombstones included (a deleted record stays on the
 * device as `deleted: true`, and a deleted seeker's tombstone, blanked by erasure, still counts its
 * registration and hire). One read transaction, so the report never mixes two states of the data, and
 * one getAll per table: the report passes over whole tables, and a cursor or an index walk would only be
 * slower. The derived `_` search fields stay on the records; the report never reads them.
 */
import type { ReportInput } from '../domain/grant-report-model';
import type { FieldDb } from './db';

/** The tables the report reads: every key of ReportInput, checked by the compiler. */
const REPORT_TABLES: Readonly<Record<keyof ReportInput, true>> = {
  seekers: true,
  companies: true,
  companyVisits: true,
  openings: true,
  trialPlacements: true,
  successFees: true,
  retentionChecks: true,
  programmeSettings: true,
  statusChanges: true,
  schools: true,
  students: true,
  internshipProgrammes: true,
  programmeSessions: true,
  programmeParticipants: true,
  internships: true,
  attendance: true,
  careerPlans: true,
};
export const REPORT_TABLE_NAMES = Object.keys(REPORT_TABLES) as (keyof ReportInput)[];

export async function readReportInput(db: FieldDb): Promise<ReportInput> {
  const tables = REPORT_TABLE_NAMES.map((name) => db.table(name));
  const rows = await db.transaction('r', tables, () => Promise.all(tables.map((t) => t.toArray())));
  // Each table holds its entity's stored records (schema output + `_` fields): the ReportInput key of the same name.
  return Object.fromEntries(REPORT_TABLE_NAMES.map((name, i) => [name, rows[i]])) as unknown as ReportInput;
}
