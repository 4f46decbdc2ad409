/**
 * Resolves once the browser has a quiet moment (at the latest after `timeoutMs`), for start-up work
 * that must not compete with the first screen: the sync engine's code is parsed after the seeker
 * list has drawn, not while it draws (offline cold start, docs/cold-start.md). Safari has no
 * requestIdleCallback; there a short timer stands in.
 */
export function whenIdle(timeoutMs = 1_000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, Math.min(timeoutMs, 250));
  });
}
