/**
 * A seeker's consents to provision and the provision records, with company names, for the seeker's
 * screen; and what deleting the seeker would reach (src/domain/erasure.ts), for its confirmation.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { erasurePlan } from '../domain/erasure';
import type { Consent, Provision } from '../shared/entities';
import { db, type FieldDb } from './db';
import { deviceReader } from './domain-reader';
import { listCompanies } from './company-queries';
import { namesOf } from './related-queries';

const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);

export async function consentsOf(fieldDb: FieldDb, seekerId: string): Promise<Consent[]> {
  const rows = live(await fieldDb.consents.where('seekerId').equals(seekerId).toArray());
  return rows.sort((a, b) => b.date.localeCompare(a.date));
}

export async function provisionsOf(fieldDb: FieldDb, seekerId: string): Promise<Array<Provision & { companyName: string }>> {
  const rows = live(await fieldDb.provisions.where('seekerId').equals(seekerId).toArray()).sort((a, b) => b.date.localeCompare(a.date));
  const names = await namesOf(fieldDb, 'companies', rows.map((r) => r.companyId));
  return rows.map((r) => ({ ...r, companyName: names.get(r.companyId) ?? '' }));
}

/** How many records of each kind a seeker's deletion erases or blanks. */
export async function erasureCounts(fieldDb: FieldDb, seekerId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await fieldDb.transaction('r', [fieldDb.counsellingRecords, fieldDb.consents, fieldDb.trialPlacements, fieldDb.checkIns, fieldDb.retentionChecks], async () => {
    for (const step of await erasurePlan('seekers', seekerId, deviceReader(fieldDb))) counts[step.entity] = (counts[step.entity] ?? 0) + 1;
  });
  return counts;
}

export const useConsents = (seekerId: string) => useLiveQuery(() => consentsOf(db, seekerId), [seekerId]);
export const useProvisions = (seekerId: string) => useLiveQuery(() => provisionsOf(db, seekerId), [seekerId]);
export const useErasureCounts = (seekerId: string) => useLiveQuery(() => erasureCounts(db, seekerId), [seekerId]);
/** Host companies by name, for naming the companies of a consent. */
export const useCompanyNames = (ids: readonly string[]) => useLiveQuery(() => namesOf(db, 'companies', [...ids]), [ids.join(',')]);

/** Up to `limit` companies whose name or reading matches what was typed (for picking named companies). */
export const useCompanyMatches = (text: string, limit = 8) =>
  useLiveQuery(async () => (text.trim() === '' ? [] : (await listCompanies(db, { text })).slice(0, limit)), [text, limit]);
