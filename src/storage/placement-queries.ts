/**
 * What the placement screens read besides the placement itself (a company's openings are in
 * opening-queries.ts): a placement's status history, check-ins and retention checks, and the latest
 * check-in and retention check of each placement in a seeker's or company's list. Tombstones are hidden.
 */
import { inMoveOrder } from '../domain/status-history';
import type { CheckIn, RetentionCheck, StatusChange } from '../shared/entities';
import type { FieldDb } from './db';

/** The placement's status moves, in the order they were made. */
export async function placementStatusChanges(db: FieldDb, placementId: string): Promise<StatusChange[]> {
  return inMoveOrder(await db.statusChanges.where('recordId').equals(placementId).filter((r) => !r.deleted && r.entity === 'trialPlacements').toArray());
}

/** Newest first; two on one day in the order they were written. */
export async function placementCheckIns(db: FieldDb, placementId: string): Promise<CheckIn[]> {
  const rows = await db.checkIns.where('placementId').equals(placementId).filter((r) => !r.deleted).toArray();
  return rows.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

export async function placementRetentionChecks(db: FieldDb, placementId: string): Promise<RetentionCheck[]> {
  const rows = await db.retentionChecks.where('placementId').equals(placementId).filter((r) => !r.deleted).toArray();
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

export type PlacementFollowUp = { lastCheckIn: string; lastRetention: Pick<RetentionCheck, 'milestone' | 'outcome'> | undefined };

/** Each placement's latest check-in date and latest retention check, for the rows of a seeker's or company's trials. */
export async function latestFollowUps(db: FieldDb, placementIds: readonly string[]): Promise<Map<string, PlacementFollowUp>> {
  const out = new Map<string, PlacementFollowUp>();
  if (placementIds.length === 0) return out;
  const entry = (id: string) => out.get(id) ?? out.set(id, { lastCheckIn: '', lastRetention: undefined }).get(id)!;
  for (const c of await db.checkIns.where('placementId').anyOf([...placementIds]).filter((r) => !r.deleted).toArray()) {
    const e = entry(c.placementId);
    if (c.date > e.lastCheckIn) e.lastCheckIn = c.date;
  }
  // Milestones come in order (1m, 3m, 6m), so the latest is the one with the latest date.
  const retention = await db.retentionChecks.where('placementId').anyOf([...placementIds]).filter((r) => !r.deleted).sortBy('date');
  for (const r of retention) entry(r.placementId).lastRetention = { milestone: r.milestone, outcome: r.outcome };
  return out;
}
