import { describe, expect, it } from 'vitest';
import { isStale, STALE_AFTER_MS } from './use-unsent-age';

describe('isStale', () => {
  const now = Date.parse('2025-04-02T12:00:00Z');

  it('warns once the oldest unsent change is more than 24 hours old', () => {
    expect(isStale(now - STALE_AFTER_MS - 1, now)).toBe(true);
    expect(isStale(now - STALE_AFTER_MS, now)).toBe(false);
  });

  it('stays quiet with nothing unsent', () => {
    expect(isStale(null, now)).toBe(false);
  });
});
