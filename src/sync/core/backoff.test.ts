import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from './backoff';

describe('backoffDelayMs', () => {
  it.each([
    // attempt, random, expected
    [0, 0, 500],
    [0, 0.999999, 1000],
    [1, 0, 1000],
    [3, 0.5, 6000],
    [20, 0, 150_000],
    [20, 1, 300_000],
  ])('attempt %i with random %f waits %i ms', (attempt, random, expected) => {
    expect(backoffDelayMs(attempt, random)).toBe(expected);
  });

  it('never waits less than Retry-After', () => {
    expect(backoffDelayMs(0, 0, {}, 45_000)).toBe(45_000);
  });

  it('grows monotonically up to the cap for a fixed random', () => {
    const delays = Array.from({ length: 15 }, (_, i) => backoffDelayMs(i, 0.3, { baseMs: 100, maxMs: 10_000 }));
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
    expect(Math.max(...delays)).toBeLessThanOrEqual(10_000);
  });
});
