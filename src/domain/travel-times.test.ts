import { describe, expect, it } from 'vitest';
import { TOWNS } from '../shared/codes';
import { travelMinutes } from './travel-times';

describe('travelMinutes', () => {
  it('knows every pair of the nine towns, the same both ways', () => {
    for (const a of TOWNS) {
      for (const b of TOWNS) {
        expect(travelMinutes(a, b), `${a} → ${b}`).toBeGreaterThan(0);
        expect(travelMinutes(a, b)).toBe(travelMinutes(b, a));
      }
    }
  });

  it('counts a trip within a town as no longer than any trip out of it', () => {
    for (const a of TOWNS) {
      const within = travelMinutes(a, a)!;
      for (const b of TOWNS) if (b !== a) expect(travelMinutes(a, b)!, `${a} → ${b}`).toBeGreaterThanOrEqual(within);
    }
  });

  it('gives typical times: 東神楽町 → 旭川市 about 20 minutes, 上川町 → 美瑛町 over an hour', () => {
    expect(travelMinutes('higashikagura', 'asahikawa')).toBe(20);
    expect(travelMinutes('kamikawa', 'biei')).toBeGreaterThan(60);
  });
});
