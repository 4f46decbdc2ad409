import { describe, expect, it } from 'vitest';
import { bucketOf, dueItems, retentionDueDates, type DayListInput } from './day-list';

const TODAY = '2026-12-05';
const ME = 'user-me';
const empty: DayListInput = { today: TODAY, userId: ME, companies: [], visits: [], placements: [], checkIns: [], retentionChecks: [], fees: [] };
const company = (id: string, extra: Record<string, unknown> = {}) => ({ id, status: 'active', nextVisitDue: '', coordinatorUserId: '', ...extra });
const placement = (id: string, extra: Record<string, unknown> = {}) => ({ id, companyId: 'c1', seekerId: 's1', status: 'in_trial', startDate: '2026-12-01', endDate: '2026-12-20', hiredOn: '', coordinatorUserId: ME, ...extra });

describe('a coordinator’s day', () => {
  it('sorts overdue (oldest first), then today, then the next six days, and leaves out later items', () => {
    const items = dueItems({
      ...empty,
      companies: [
        company('week', { nextVisitDue: '2026-12-11' }),
        company('later', { nextVisitDue: '2026-12-12' }),
        company('today', { nextVisitDue: TODAY }),
        company('old', { nextVisitDue: '2024-10-01' }),
        company('recent', { nextVisitDue: '2026-12-04' }),
      ],
    });
    expect(items.map((i) => [i.companyId, i.bucket])).toEqual([
      ['old', 'overdue'],
      ['recent', 'overdue'],
      ['today', 'today'],
      ['week', 'week'],
    ]);
  });

  it('takes the next visit from the latest visit that set one, and leaves dormant companies and other people’s companies out', () => {
    const items = dueItems({
      ...empty,
      companies: [company('c1', { nextVisitDue: '2026-01-01' }), company('dormant', { status: 'dormant', nextVisitDue: '2026-01-01' }), company('theirs', { coordinatorUserId: 'other', nextVisitDue: '2026-01-01' })],
      visits: [{ id: 'v1', companyId: 'c1', date: '2026-11-20', nextVisitDate: '2027-01-10' }],
    });
    expect(items).toEqual([]);
    expect(dueItems({ ...empty, userId: null, companies: [company('theirs', { coordinatorUserId: 'other', nextVisitDue: '2026-01-01' })] })).toHaveLength(1);
  });

  it('asks for a check-in 7 days after the start or the latest check-in, and a decision once an open trial has ended', () => {
    const noCheckIn = placement('p1', { startDate: '2026-11-27' });
    const checked = placement('p2', { startDate: '2026-11-20' });
    const ended = placement('p3', { status: 'arranging', startDate: '2026-11-01', endDate: '2026-11-30' });
    const items = dueItems({ ...empty, placements: [noCheckIn, checked, ended], checkIns: [{ id: 'k', placementId: 'p2', date: '2026-12-03' }] });
    expect(items.map((i) => [i.kind, i.placementId, i.due, i.bucket])).toEqual([
      ['trial_decision', 'p3', '2026-11-30', 'overdue'],
      ['check_in', 'p1', '2026-12-04', 'overdue'],
      ['check_in', 'p2', '2026-12-10', 'week'],
    ]);
  });

  it('schedules retention one milestone at a time, at month ends too, and stops once the person has left', () => {
    expect(retentionDueDates('2026-01-31')).toEqual([
      { milestone: '1m', due: '2026-02-28' },
      { milestone: '3m', due: '2026-04-30' },
      { milestone: '6m', due: '2026-07-31' },
    ]);
    const hired = placement('h', { status: 'hired', hiredOn: '2026-09-05' });
    const first = dueItems({ ...empty, placements: [hired] });
    expect(first.map((i) => [i.kind, i.milestone, i.due])).toEqual([['retention', '1m', '2026-10-05']]);
    const afterFirst = dueItems({ ...empty, placements: [hired], retentionChecks: [{ id: 'r', placementId: 'h', milestone: '1m', outcome: 'employed' }] });
    expect(afterFirst.map((i) => [i.milestone, i.due, i.bucket])).toEqual([['3m', '2026-12-05', 'today']]);
    expect(dueItems({ ...empty, placements: [hired], retentionChecks: [{ id: 'r', placementId: 'h', milestone: '1m', outcome: 'left' }] })).toEqual([]);
  });

  it('asks to invoice a fee from the first of the month after the hire, also across the fiscal year end', () => {
    const hired = placement('h', { status: 'hired', hiredOn: '2027-03-31' });
    const fee = { id: 'f', placementId: 'h', status: 'not_invoiced' };
    const items = dueItems({ ...empty, today: '2027-04-01', placements: [hired], fees: [fee, { id: 'paid', placementId: 'h', status: 'paid' }] });
    expect(items.filter((i) => i.kind === 'fee_invoice').map((i) => [i.feeId, i.due, i.bucket])).toEqual([['f', '2027-04-01', 'today']]);
  });

  it('ignores deleted records', () => {
    expect(dueItems({ ...empty, companies: [company('x', { nextVisitDue: '2026-01-01', deleted: true })] })).toEqual([]);
  });

  it('buckets by the day, not the time', () => {
    expect([bucketOf('2026-12-04', TODAY), bucketOf(TODAY, TODAY), bucketOf('2026-12-11', TODAY), bucketOf('2026-12-12', TODAY)]).toEqual(['overdue', 'today', 'week', null]);
  });
});
