/**
 * Counts for the header badges. Kept apart from the review repos so the first screen's bundle does
 * not load record-repo and, through it, every zod schema just to show two numbers.
 */
import type { FieldDb } from './db';

export function countAttention(db: FieldDb): Promise<number> {
  return db.needsAttention.count();
}

export function countOpenConflicts(db: FieldDb): Promise<number> {
  return db.conflicts.filter((c) => !c.resolvePending).count();
}
