/**
 * The demo data under the domain rules: what the demo coordinator finds due on whatever day the demo
 * is seeded, and every record written as a person would write it, through the one write check.
 */
import { describe, expect, it } from 'vitest';
import { memoryReader } from '../../tests/factories/memory-reader';
import { generateDemoData, type DemoData } from '../shared/demo-data';
import { DEMO_ADMIN_USER_ID, DEMO_COORDINATOR_USER_ID } from '../shared/demo/users';
import type { EntityName } from '../shared/entities';
import { checkWrite } from './check-write';
import { addDays, addMonths } from './dates';
import { dueItems, type DueBucket, type DueKind } from './day-list';
import { nextVisitDue } from './derived-values';
import type { Actor, PlainRecord, RuleViolation } from './rule-types';
import { teacherAgenda } from './school-programme';
import { LIFECYCLES } from './transitions';

const dayList = (data: DemoData, today: string, userId: string | null) =>
  dueItems({
    today,
    userId,
    companies: data.companies,
    visits: data.companyVisits,
    placements: data.trialPlacements,
    checkIns: data.checkIns,
    retentionChecks: data.retentionChecks,
    fees: data.successFees,
  });

/**
 * Which buckets each kind can fall in on `today`, by the day list's own rules: a decision is due on the
 * end date, so only once it has passed; a fee's invoice on the 1st; a retention check on the hire's day
 * of the month, which a given day may not be for any milestone (31 May: no month 1, 3 or 6 back has a 31st).
 */
function possible(kind: DueKind, today: string): DueBucket[] {
  if (kind === 'trial_decision') return ['overdue'];
  if (kind === 'fee_invoice') {
    const firstSoon = [1, 2, 3, 4, 5, 6].some((d) => addDays(today, d).endsWith('-01'));
    return ['overdue', ...(today.endsWith('-01') ? ['today' as const] : []), ...(firstSoon ? ['week' as const] : [])];
  }
  if (kind === 'retention' && ![1, 3, 6].some((m) => addMonths(addMonths(today, -m), m) === today))
    return ['overdue', 'week'];
  return ['overdue', 'today', 'week'];
}

const KINDS: readonly DueKind[] = ['visit', 'check_in', 'trial_decision', 'retention', 'fee_invoice'];

describe("the demo coordinator's day on the day the demo is seeded", () => {
  // Month ends, the 1st, a weekend, the end of a fiscal year, a leap day, and the old fixed date.
  it.each([
    '2026-06-01',
    '2026-12-05',
    '2027-03-31',
    '2026-05-31',
    '2026-02-28',
    '2028-02-29',
    '2026-08-29',
    '2027-01-27',
  ])('has every kind of item, late, today and this week, as far as the calendar allows, on %s', (now) => {
    const data = generateDemoData({ seed: 1, now });
    const items = dayList(data, now, DEMO_COORDINATOR_USER_ID);
    const found = new Set(items.map((i) => `${i.kind}/${i.bucket}`));
    const expected = KINDS.flatMap((kind) => possible(kind, now).map((bucket) => `${kind}/${bucket}`));
    expect(expected.filter((pair) => !found.has(pair))).toEqual([]);
  });

  it('leaves out what is in a colleague’s charge and shows what is in nobody’s', () => {
    const now = '2026-12-05';
    const data = generateDemoData({ seed: 1, now });
    const everyone = dayList(data, now, null);
    const mine = dayList(data, now, DEMO_COORDINATOR_USER_ID);
    const admins = new Set(data.companies.filter((c) => c.coordinatorUserId === DEMO_ADMIN_USER_ID).map((c) => c.id));
    expect(mine.length).toBeLessThan(everyone.length);
    expect(mine.some((i) => i.kind === 'visit' && admins.has(i.companyId))).toBe(false);
    const unassigned = new Set(data.companies.filter((c) => c.coordinatorUserId === '').map((c) => c.id));
    expect(mine.some((i) => i.kind === 'visit' && unassigned.has(i.companyId))).toBe(true);
  });
});

/** The shortest way through an entity's lifecycle from a status it may start in to `to`. */
function pathTo(entity: EntityName, to: string): string[] {
  const lifecycle = LIFECYCLES[entity];
  if (!lifecycle || lifecycle.initial.includes(to)) return [to];
  const queue = lifecycle.initial.map((s) => [s]);
  for (let path = queue.shift(); path; path = queue.shift()) {
    const last = path[path.length - 1]!;
    if (last === to) return path;
    for (const next of lifecycle.next[last] ?? []) if (!path.includes(next)) queue.push([...path, next]);
  }
  throw new Error(`${entity}: no way to ${to}`);
}

/** Replay order within a day: what a record needs is written before it. */
const ORDER: readonly EntityName[] = [
  'programmeSettings',
  'companies',
  'seekers',
  'consents',
  'openings',
  'companyVisits',
  'trialPlacements',
  'successFees',
  'checkIns',
  'retentionChecks',
  'schools',
  'students',
  'internshipProgrammes',
  'programmeParticipants',
  'programmeSessions',
  'internships',
  'attendance',
  'careerPlans',
];

type Write = { day: string; rank: number; at: string; entity: EntityName; steps: PlainRecord[] };

/**
 * Every record as the writes that made it, in the order they happened: created in a status it may start
 * in, then moved along its lifecycle to where it is; a fee right after its placement's hire (the hire
 * makes it), the others on their creation day. Returns the violations with the record they were found on.
 */
async function replay(data: DemoData): Promise<{ entity: EntityName; id: string; violation: RuleViolation }[]> {
  const writes: Write[] = [];
  const feeOf = new Map(data.successFees.map((f) => [f.placementId, f]));
  for (const entity of ORDER) {
    if (entity === 'successFees') continue;
    for (const record of data[entity] as PlainRecord[]) {
      const status = LIFECYCLES[entity] ? String(record['status']) : '';
      const path = LIFECYCLES[entity] ? pathTo(entity, status) : [''];
      const created = { ...record, ...(status ? { status: path[0] } : {}) };
      const at = String(record['createdAt']);
      writes.push({ day: at.slice(0, 10), rank: ORDER.indexOf(entity), at, entity, steps: [created] });
      if (path.length > 1) {
        const moved = path.slice(1).map((s) => ({ ...record, status: s }));
        const fee = feeOf.get(String(record['id']));
        const upd = String(record['updatedAt']);
        writes.push({ day: upd.slice(0, 10), rank: ORDER.indexOf(entity), at: upd, entity, steps: moved });
        if (fee)
          writes.push({
            day: upd.slice(0, 10),
            rank: ORDER.indexOf('successFees'),
            at: upd,
            entity: 'successFees',
            steps: [fee],
          });
      }
    }
  }
  writes.sort((a, b) => a.day.localeCompare(b.day) || a.rank - b.rank || a.at.localeCompare(b.at));

  const store: Partial<Record<EntityName, PlainRecord[]>> = {};
  const reader = memoryReader(store);
  const found: { entity: EntityName; id: string; violation: RuleViolation }[] = [];
  for (const w of writes) {
    const table = (store[w.entity] ??= []);
    for (const after of w.steps) {
      const id = String(after['id']);
      const at = table.findIndex((r) => r['id'] === id);
      const before = at >= 0 ? table[at] : undefined;
      const actor: Actor = {
        userId: DEMO_COORDINATOR_USER_ID,
        role: w.entity === 'programmeSettings' ? 'admin' : 'coordinator',
        schoolId: null,
      };
      const violation = await checkWrite({
        entity: w.entity,
        op: 'upsert',
        id,
        before,
        after,
        actor,
        today: w.day,
        reader,
      });
      if (violation) found.push({ entity: w.entity, id, violation });
      if (at >= 0) table[at] = after;
      else table.push(after);
    }
  }
  return found;
}

describe('the demo data under the write rules', () => {
  it('gives every company the next visit its visits set (the day list reads it from the company)', () => {
    const data = generateDemoData({ now: '2026-12-06' });
    const stale = data.companies.filter((c) => nextVisitDue(c, data.companyVisits.filter((v) => v.companyId === c.id)) !== c.nextVisitDue);
    expect(stale).toEqual([]);
  });

  it('writes nothing a person could not have written, replayed in the order it happened', async () => {
    const data = generateDemoData({ seed: 1, now: '2026-12-05' });
    expect(await replay(data)).toEqual([]);
  });

  it('holds for another seed and day too, with places of openings running out', async () => {
    const data = generateDemoData({ seed: 9, now: '2027-03-31', companies: 40, openings: 40, trialPlacements: 160 });
    expect(data.trialPlacements.some((p) => p.overPlacesReason !== '')).toBe(true);
    expect(await replay(data)).toEqual([]);
  });
});

describe("the demo teacher's school on the day the demo is opened", () => {
  // A weekday, a Saturday (the demo still puts the class on that day), the first and last days of a fiscal year.
  it.each(['2026-06-01', '2026-12-05', '2026-12-07', '2027-03-30', '2026-04-20'])('has a class of about 30 to mark today, and past classes with marks missing, on %s', (now) => {
    const d = generateDemoData({ seed: 1, now });
    const school = d.schools[0]!;
    const sessions = d.programmeSessions.filter((s) => s.schoolId === school.id);
    const marked = (s: { id: string }) => new Set(d.attendance.filter((a) => a.sessionId === s.id && a.mark !== '').map((a) => a.studentId));
    const rosterOf = (s: (typeof sessions)[number]) => d.programmeParticipants.filter((p) => p.programmeId === s.programmeId);
    const agenda = teacherAgenda(sessions, now, (s) => ({ rosterSize: rosterOf(s).length, marked: marked(s).size }));
    expect(agenda.today.map((a) => a.session.kind)).toEqual(['pre_learning']);
    expect(agenda.today[0]!.rosterSize).toBeGreaterThanOrEqual(25);
    expect(agenda.today[0]!.marked).toBe(0);
    if (now >= '2026-05-20') expect(agenda.pastIncomplete.map((a) => a.missing).sort()).toEqual([1, 4]);
    if (now <= '2027-03-01') expect(agenda.upcoming.length).toBeGreaterThan(0);
  });
});
