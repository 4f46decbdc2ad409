import { describe, expect, it } from 'vitest';
import { CHECK_IN_EVERY_DAYS, dueItems, nextCheckInDue } from './day-list';

const inTrial = { id: 'p1', status: 'in_trial', startDate: '2026-03-28', endDate: '2026-04-30', companyId: 'c1', seekerId: 's1', coordinatorUserId: '' };

describe('a trial in progress is due a check-in', () => {
  it('a week after its start before the first check-in', () => {
    expect(CHECK_IN_EVERY_DAYS).toBe(7);
    expect(nextCheckInDue(inTrial, [])).toBe('2026-04-04');
  });

  it('a week after its latest check-in, across a month end, whatever order they come in', () => {
    const checkIns = [{ date: '2026-04-10' }, { date: '2026-04-27' }, { date: '2026-04-03' }];
    expect(nextCheckInDue(inTrial, checkIns)).toBe('2026-05-04');
  });

  it('ignores a deleted check-in', () => {
    expect(nextCheckInDue(inTrial, [{ date: '2026-04-10', deleted: true }])).toBe('2026-04-04');
  });

  it('never when the placement is not in progress', () => {
    for (const status of ['proposed', 'arranging', 'hired', 'not_hired', 'withdrawn']) expect(nextCheckInDue({ ...inTrial, status }, [])).toBe('');
  });

  it('on the same day as the day list says', () => {
    const checkIns = [{ placementId: 'p1', date: '2026-04-10' }];
    const [item] = dueItems({ today: '2026-04-17', userId: null, companies: [], visits: [], placements: [inTrial], checkIns, retentionChecks: [], fees: [] });
    expect(item).toMatchObject({ kind: 'check_in', due: nextCheckInDue(inTrial, checkIns), bucket: 'today' });
  });
});
