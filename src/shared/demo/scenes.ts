/**
 * The trials the demo coordinator finds waiting on the day the demo is opened, laid out around `now`:
 * trials nobody has checked on for a week or more, one checked on a week ago today, one checked on a few
 * days ago; trials past their end without a decision; hires whose 1-, 3- or 6-month retention check is
 * late, due today or due this week; fees waiting for the monthly invoice. Only what the calendar allows:
 * a fee's invoice falls due on the 1st, a retention check on the hire's day of the month.
 */
import { RETENTION_MILESTONES } from '../codes';
import { addDays, addMonths, monthStartAfter, weekdayBefore } from './dates';
import type { Rng } from './rng';

type Milestone = (typeof RETENTION_MILESTONES)[number];
const MONTHS: Record<Milestone, number> = { '1m': 1, '3m': 3, '6m': 6 };

export type Scene = {
  startDate: string;
  endDate: string;
  /** '' → the trial is running, or past its end undecided. */
  hiredOn: string;
  /** The latest check-in, none after it. */
  lastCheckIn?: string;
  /** The retention check that falls due around today; the earlier ones are done. */
  pendingRetention?: Milestone;
  /** The fee is not invoiced yet. */
  unbilled?: boolean;
};

const running = (rng: Rng, now: string, lastCheckIn: string): Scene => ({
  startDate: addDays(lastCheckIn, -rng.int(2, 5)),
  endDate: addDays(now, rng.int(2, 10)),
  hiredOn: '',
  lastCheckIn,
});

/** A trial of one to four weeks that ended a few days before the hire. */
function hire(rng: Rng, hiredOn: string, extra: Partial<Scene>): Scene {
  const endDate = weekdayBefore(addDays(hiredOn, -rng.int(1, 7)));
  return { startDate: addDays(endDate, -(rng.int(1, 4) * 7 - 3)), endDate, hiredOn, ...extra };
}

/** A hire whose next retention check falls due on one of `days` (the first that a milestone lands on). */
function retentionDueOn(rng: Rng, days: readonly string[]): Scene | undefined {
  for (const day of days)
    for (const milestone of RETENTION_MILESTONES) {
      const hiredOn = addMonths(day, -MONTHS[milestone]);
      if (addMonths(hiredOn, MONTHS[milestone]) === day) return hire(rng, hiredOn, { pendingRetention: milestone });
    }
  return undefined;
}

const daysFrom = (now: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => addDays(now, from + i));

export function todayScenes(rng: Rng, now: string): Scene[] {
  const dayOfMonth = Number(now.slice(8, 10));
  const scenes: (Scene | undefined)[] = [
    // Check-ins: none for 8–12 days, the last exactly a week ago, the last a few days ago.
    running(rng, now, addDays(now, -rng.int(8, 12))),
    running(rng, now, addDays(now, -7)),
    running(rng, now, addDays(now, -rng.int(1, 6))),
    // Ended without 採用 / 不採用 / 辞退 yet.
    ...[0, 1].map(() => {
      const endDate = addDays(now, -rng.int(1, 4));
      return {
        startDate: addDays(now, -rng.int(18, 26)),
        endDate,
        hiredOn: '',
        lastCheckIn: addDays(endDate, -rng.int(0, 2)),
      };
    }),
    retentionDueOn(rng, daysFrom(now, -rng.int(3, 20), -1)),
    retentionDueOn(rng, [now]),
    retentionDueOn(rng, daysFrom(now, rng.int(1, 3), 6)),
    // Fees: a hire of a month or two ago not invoiced; on the 1st, last month's hire; near the month's end, this month's.
    hire(rng, addDays(now, -rng.int(40, 70)), { unbilled: true }),
    dayOfMonth === 1 ? hire(rng, addDays(now, -rng.int(5, 25)), { unbilled: true }) : undefined,
    dayOfMonth > 1 && monthStartAfter(now) <= addDays(now, 6)
      ? hire(rng, addDays(now, -rng.int(0, dayOfMonth - 1)), { unbilled: true })
      : undefined,
  ];
  return scenes.filter((s): s is Scene => s !== undefined);
}
