import { describe, expect, it } from 'vitest';
import { buildOpening, buildTrialPlacement } from '../../tests/factories';
import { isOpeningOpen, openPlaces } from './openings';

describe('isOpeningOpen', () => {
  it('is open through the last day of its validity and closed the day after, across a month end', () => {
    const opening = buildOpening({ receivedOn: '2026-01-05', validUntil: '2026-01-31' });
    expect(isOpeningOpen(opening, '2026-01-31')).toBe(true);
    expect(isOpeningOpen(opening, '2026-02-01')).toBe(false);
  });

  it('is closed from the day it was closed early, and when deleted', () => {
    const opening = buildOpening({ validUntil: '2026-07-31', closedOn: '2026-06-10' });
    expect(isOpeningOpen(opening, '2026-06-09')).toBe(true);
    expect(isOpeningOpen(opening, '2026-06-10')).toBe(false);
    expect(isOpeningOpen(buildOpening({ validUntil: '2026-07-31', deleted: true }), '2026-06-01')).toBe(false);
  });
});

describe('openPlaces', () => {
  it('counts the places held by proposed, arranging, running and hired placements only', () => {
    const opening = buildOpening({ places: 4 });
    const of = (status: 'proposed' | 'arranging' | 'in_trial' | 'hired' | 'not_hired' | 'withdrawn', deleted = false) =>
      buildTrialPlacement({ openingId: opening.id, companyId: opening.companyId, status, deleted });
    expect(openPlaces(opening, [of('proposed'), of('not_hired'), of('withdrawn'), of('in_trial', true)])).toBe(3);
    expect(openPlaces(opening, [of('arranging'), of('in_trial'), of('hired')])).toBe(1);
  });

  it('never goes below zero when a placement went beyond the places with a reason', () => {
    const opening = buildOpening({ places: 1 });
    const held = [buildTrialPlacement({ status: 'in_trial' }), buildTrialPlacement({ status: 'proposed' })];
    expect(openPlaces(opening, held)).toBe(0);
  });
});
