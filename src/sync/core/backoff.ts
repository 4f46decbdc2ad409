/**
 * Exponential backoff with jitter for transient sync failures. Pure: the caller passes the random
 * number, so tests are exact and the sync loop can use Math.random. "Equal jitter" (half fixed, half
 * random) keeps devices that failed together from retrying in lockstep, yet never retries at once.
 */
export type BackoffOptions = { baseMs?: number; maxMs?: number; factor?: number };

export const DEFAULT_BACKOFF = { baseMs: 1_000, maxMs: 5 * 60_000, factor: 2 } as const;

/**
 * @param attempt 0 for the first retry after a failure.
 * @param random a number in [0, 1).
 * @param retryAfterMs the server's Retry-After, honoured as a floor.
 */
export function backoffDelayMs(attempt: number, random: number, options: BackoffOptions = {}, retryAfterMs = 0): number {
  const { baseMs, maxMs, factor } = { ...DEFAULT_BACKOFF, ...options };
  const ceiling = Math.min(maxMs, baseMs * factor ** Math.max(0, Math.min(attempt, 30)));
  const r = Math.min(Math.max(random, 0), 1);
  const delay = Math.round(ceiling / 2 + (ceiling / 2) * r);
  return Math.min(Math.max(delay, retryAfterMs), Math.max(maxMs, retryAfterMs));
}
