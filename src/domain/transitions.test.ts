import { describe, expect, it } from 'vitest';
import { FEE_STATUSES, INTERNSHIP_STATUSES, TRIAL_STATUSES } from '../shared/codes';
import { canMove, checkTransition, LIFECYCLES, nextStatuses } from './transitions';
import type { Actor, WriteCheck } from './rule-types';

const coordinator: Actor = { userId: 'u1', role: 'coordinator', schoolId: null };
const admin: Actor = { ...coordinator, role: 'admin' };
const reader = { get: async () => undefined, children: async () => [] };
const move = (entity: WriteCheck['entity'], from: string | undefined, to: string, actor = coordinator): WriteCheck => ({
  entity,
  op: 'upsert',
  id: 'x',
  before: from === undefined ? undefined : { status: from },
  after: { status: to },
  actor,
  today: '2026-12-05',
  reader,
});

/** Every (from, to) pair of a lifecycle, with whether a coordinator may make the move. */
const table = (entity: 'trialPlacements' | 'successFees' | 'internships', statuses: readonly string[], allowed: string[]) =>
  statuses.flatMap((from) => statuses.filter((to) => to !== from).map((to) => [from, to, allowed.includes(`${from}>${to}`)] as const)).map(([from, to, ok]) => ({ entity, from, to, ok }));

describe('trial placement lifecycle 提案 → 調整中 → 実施中 → 採用 / 不採用 / 辞退', () => {
  const allowed = ['proposed>arranging', 'proposed>withdrawn', 'arranging>proposed', 'arranging>in_trial', 'arranging>withdrawn', 'in_trial>hired', 'in_trial>not_hired', 'in_trial>withdrawn'];
  it.each(table('trialPlacements', TRIAL_STATUSES, allowed))('$from → $to allowed for a coordinator: $ok', ({ entity, from, to, ok }) => {
    expect(checkTransition(move(entity, from, to)) === null).toBe(ok);
  });

  it('refuses 採用 → 提案 naming the rule and both statuses', () => {
    expect(checkTransition(move('trialPlacements', 'hired', 'proposed'))).toEqual({ rule: 'status-reopen', field: 'status', params: { from: 'hired', to: 'proposed' } });
  });

  it('lets an admin reopen a closed trial to an open status, but not move it to another closed one', () => {
    expect(checkTransition(move('trialPlacements', 'not_hired', 'in_trial', admin))).toBeNull();
    expect(checkTransition(move('trialPlacements', 'not_hired', 'hired', admin))?.rule).toBe('status-transition');
  });

  it('starts a new placement only in an open status', () => {
    expect(checkTransition(move('trialPlacements', undefined, 'proposed'))).toBeNull();
    expect(checkTransition(move('trialPlacements', undefined, 'hired'))).toEqual({ rule: 'status-initial', field: 'status', params: { from: '', to: 'hired' } });
  });

  it('offers a form only the statuses the role may pick next, the current one first', () => {
    expect(nextStatuses('trialPlacements', 'in_trial', 'coordinator', TRIAL_STATUSES)).toEqual(['in_trial', 'hired', 'not_hired', 'withdrawn']);
    expect(nextStatuses('trialPlacements', 'hired', 'coordinator', TRIAL_STATUSES)).toEqual(['hired']);
  });
});

describe('success fee lifecycle 未請求 → 請求済 → 入金済', () => {
  const allowed = ['not_invoiced>invoiced', 'invoiced>not_invoiced', 'invoiced>paid'];
  it.each(table('successFees', FEE_STATUSES, allowed))('$from → $to allowed for a coordinator: $ok', ({ entity, from, to, ok }) => {
    expect(checkTransition(move(entity, from, to)) === null).toBe(ok);
  });
});

describe('internship lifecycle 予定 → 実施中 → 完了 | 中止', () => {
  const allowed = ['planned>active', 'planned>cancelled', 'active>done', 'active>cancelled', 'done>planned', 'done>active', 'cancelled>planned', 'cancelled>active'];
  it.each(table('internships', INTERNSHIP_STATUSES, allowed))('$from → $to allowed for a coordinator: $ok', ({ entity, from, to, ok }) => {
    expect(checkTransition(move(entity, from, to)) === null).toBe(ok);
  });

  it('does not let a teacher reopen a finished internship', () => {
    expect(canMove('internships', 'done', 'active', 'teacher')).toBe(false);
  });
});

describe('every lifecycle table', () => {
  it('names only statuses of its own code list, and no closed status has moves of its own', () => {
    for (const [entity, lifecycle] of Object.entries(LIFECYCLES)) {
      for (const closed of lifecycle.closed) expect(lifecycle.next[closed], `${entity} ${closed}`).toBeUndefined();
      for (const [from, tos] of Object.entries(lifecycle.next)) for (const to of tos) expect(to, `${entity} ${from}`).not.toBe(from);
    }
  });

  it('leaves a write that does not touch the status alone', () => {
    expect(checkTransition({ ...move('trialPlacements', 'hired', 'hired'), before: { status: 'hired', jobTitle: 'a' }, after: { status: 'hired', jobTitle: 'b' } })).toBeNull();
  });
});
