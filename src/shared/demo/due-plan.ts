/**
 * When things fall due relative to the demo's "today", so that whatever day the demo is seeded on, the
 * coordinator's day list (今日の予定) has work in it: some late, some for today, some for this week.
 * The demo coordinator's first records cover those three in turn; the rest are drawn.
 */
import { addDays } from './dates';
import type { Rng } from './rng';

export type DueBucket = 'overdue' | 'today' | 'week' | 'later';

const COVERED: readonly DueBucket[] = ['overdue', 'today', 'week'];

/** A planner: `next(mine)` says in which bucket the next record falls due; the first three of `mine` cover late, today and this week. */
export function createDuePlan(rng: Rng, mix: readonly (readonly [DueBucket, number])[]) {
  let mineSoFar = 0;
  return (mine: boolean): DueBucket => (mine && mineSoFar < COVERED.length ? COVERED[mineSoFar++]! : rng.weighted(mix));
}

/** A day in the bucket: up to three weeks late, today, in the next six days, or later. */
export function dayIn(rng: Rng, bucket: DueBucket, now: string): string {
  if (bucket === 'overdue') return addDays(now, -rng.int(1, 21));
  if (bucket === 'today') return now;
  if (bucket === 'week') return addDays(now, rng.int(1, 6));
  return addDays(now, rng.int(7, 75));
}
