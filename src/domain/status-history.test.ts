import { describe, expect, it } from 'vitest';
import { inMoveOrder } from './status-history';

const move = (from: string, to: string, changedAt: string) => ({ from, to, changedAt });

describe('a status history in the order of its moves', () => {
  it('follows the times when they differ', () => {
    const history = [move('arranging', 'in_trial', '2026-05-03T10:00:00.000Z'), move('', 'proposed', '2026-05-01T10:00:00.000Z'), move('proposed', 'arranging', '2026-05-02T10:00:00.000Z')];
    expect(inMoveOrder(history).map((c) => c.to)).toEqual(['proposed', 'arranging', 'in_trial']);
  });

  it('chains moves synced in one push (one server time) from where the previous one ended', () => {
    const pushed = '2026-05-03T10:00:00.000Z';
    const history = [move('arranging', 'in_trial', pushed), move('proposed', 'arranging', pushed), move('', 'proposed', pushed), move('in_trial', 'hired', '2026-05-04T09:00:00.000Z')];
    expect(inMoveOrder(history).map((c) => c.to)).toEqual(['proposed', 'arranging', 'in_trial', 'hired']);
  });

  it('keeps a step back and forth in order', () => {
    const pushed = '2026-05-03T10:00:00.000Z';
    const history = [move('arranging', 'proposed', pushed), move('proposed', 'arranging', pushed), move('', 'proposed', pushed), move('proposed', 'arranging', '2026-05-05T10:00:00.000Z')];
    expect(inMoveOrder(history).map((c) => `${c.from}>${c.to}`)).toEqual(['>proposed', 'proposed>arranging', 'arranging>proposed', 'proposed>arranging']);
  });
});
