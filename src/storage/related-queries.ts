/** Child records shown on detail screens, newest first, tombstones hidden. */
import type { CompanyVisit, CounsellingRecord, TrialPlacement } from '../shared/entities';
import type { FieldDb } from './db';
import { withoutSearchFields } from './search-fields';

const newestFirst = <T extends { date?: string; startDate?: string }>(a: T, b: T) =>
  (b.date ?? b.startDate ?? '').localeCompare(a.date ?? a.startDate ?? '');

export async function counsellingRecordsOf(db: FieldDb, seekerId: string): Promise<CounsellingRecord[]> {
  const rows = await db.counsellingRecords.where('seekerId').equals(seekerId).filter((r) => !r.deleted).toArray();
  return rows.map((r) => withoutSearchFields(r) as CounsellingRecord).sort(newestFirst);
}

export async function visitsOf(db: FieldDb, companyId: string): Promise<CompanyVisit[]> {
  const rows = await db.companyVisits.where('companyId').equals(companyId).filter((r) => !r.deleted).toArray();
  // Two visits on one day (a morning call, an afternoon follow-up) are ordered by their time.
  return rows.map((r) => withoutSearchFields(r) as CompanyVisit).sort((a, b) => newestFirst(a, b) || b.time.localeCompare(a.time));
}

export async function trialsOf(db: FieldDb, by: 'seekerId' | 'companyId', id: string): Promise<TrialPlacement[]> {
  const rows = await db.trialPlacements.where(by).equals(id).filter((r) => !r.deleted).toArray();
  return rows.map((r) => withoutSearchFields(r) as TrialPlacement).sort(newestFirst);
}

/** Names for ids shown in lists of another entity (a trial shows its company's name). */
export async function namesOf(db: FieldDb, entity: 'seekers' | 'companies', ids: string[]): Promise<Map<string, string>> {
  const rows = await db.table(entity).bulkGet(ids);
  const names = new Map<string, string>();
  rows.forEach((r: { id: string; name?: string; familyName?: string; givenName?: string } | undefined) => {
    if (r) names.set(r.id, r.name ?? `${r.familyName ?? ''} ${r.givenName ?? ''}`.trim());
  });
  return names;
}
