import { describe, expect, it } from 'vitest';
import { buildOpening, buildTrialPlacement } from '../../tests/factories';
import { isOpeningOpen, openPlaces, openingState, placesHeld } from './openings';

const opening = buildOpening({ places: 3, receivedOn: '2026-04-15', validUntil: '2026-07-31', closedOn: '' });
const placement = (status: 'proposed' | 'arranging' | 'in_trial' | 'hired' | 'not_hired' | 'withdrawn', openingId = opening.id) =>
  buildTrialPlacement({ openingId, companyId: opening.companyId, status });

describe('an opening on a given day', () => {
  it.each([
    ['2026-04-14', 'not_yet'],
    ['2026-04-15', 'open'],
    ['2026-07-31', 'open'],
    ['2026-08-01', 'expired'],
  ] as const)('on %s is %s', (today, state) => {
    expect(openingState(opening, today)).toBe(state);
  });

  it('is closed from the day the company closed it, even while still valid', () => {
    const closed = { ...opening, closedOn: '2026-05-10' };
    expect(openingState(closed, '2026-05-09')).toBe('open');
    expect(openingState(closed, '2026-05-10')).toBe('closed');
    expect(isOpeningOpen(closed, '2026-06-01')).toBe(false);
  });
});

describe('open places', () => {
  it('counts proposed, arranged, running and hired placements of this opening as holding a place', () => {
    const placements = [placement('proposed'), placement('arranging'), placement('in_trial'), placement('hired'), placement('not_hired'), placement('withdrawn')];
    expect(placesHeld(opening, placements)).toBe(4);
    expect(openPlaces({ ...opening, places: 5 }, placements, '2026-06-01')).toBe(1);
  });

  it('ignores placements of other openings and deleted ones', () => {
    const placements = [placement('in_trial', buildOpening().id), { ...placement('in_trial'), deleted: true }, placement('proposed')];
    expect(openPlaces(opening, placements, '2026-06-01')).toBe(2);
  });

  it('never goes below zero when placements went beyond the places with a reason', () => {
    const placements = [placement('in_trial'), placement('in_trial'), placement('hired'), placement('proposed')];
    expect(openPlaces(opening, placements, '2026-06-01')).toBe(0);
  });

  it('is zero once the opening expired or closed, whatever the places', () => {
    expect(openPlaces(opening, [], '2026-08-01')).toBe(0);
    expect(openPlaces({ ...opening, closedOn: '2026-05-01' }, [], '2026-06-01')).toBe(0);
    expect(openPlaces(opening, [], '2026-06-01')).toBe(3);
  });
});
