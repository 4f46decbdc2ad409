import { describe, expect, it } from 'vitest';
import { isNearlyFull } from './storage-status';

describe('isNearlyFull', () => {
  it('warns above 80 % of the quota', () => {
    expect(isNearlyFull({ usage: 81, quota: 100 })).toBe(true);
    expect(isNearlyFull({ usage: 80, quota: 100 })).toBe(false);
  });

  it('stays quiet when the browser cannot say', () => {
    expect(isNearlyFull({ usage: null, quota: 100 })).toBe(false);
    expect(isNearlyFull({ usage: 5, quota: 0 })).toBe(false);
  });
});
