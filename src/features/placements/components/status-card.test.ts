import { describe, expect, it } from 'vitest';
import { statusMoves } from './status-card';

describe("the placement page's status moves", () => {
  it('offers only the moves the lifecycle allows from where the trial stands', () => {
    expect(statusMoves('proposed', 'coordinator')).toEqual(['arranging', 'withdrawn']);
    expect(statusMoves('arranging', 'coordinator')).toEqual(['proposed', 'in_trial', 'withdrawn']);
    expect(statusMoves('in_trial', 'coordinator')).toEqual(['hired', 'not_hired', 'withdrawn']);
  });

  it('offers nothing after the trial ended, except reopening to an administrator', () => {
    for (const ended of ['hired', 'not_hired', 'withdrawn'] as const) expect(statusMoves(ended, 'coordinator')).toEqual([]);
    expect(statusMoves('hired', 'admin')).toEqual(['proposed', 'arranging', 'in_trial']);
  });
});
