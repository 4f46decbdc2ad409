/**
 * Whether unsent changes have waited too long. Past 24 hours the risk of losing them grows (Safari's
 * eviction of unused sites, a cleared browser, a lost tablet), so the header warns.
 */
import { useEffect, useState } from 'react';
import { useOldestPendingTime } from '../storage/hooks/use-oldest-pending-time';

export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
const RECHECK_MS = 60 * 1000;

export function isStale(oldest: number | null, now: number): boolean {
  return oldest !== null && now - oldest > STALE_AFTER_MS;
}

/** Re-evaluated every minute, so a tablet left open overnight starts warning without a reload. */
export function useUnsentIsStale(): { stale: boolean; oldest: number | null | undefined } {
  const oldest = useOldestPendingTime();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), RECHECK_MS);
    return () => window.clearInterval(timer);
  }, []);
  return { stale: isStale(oldest ?? null, now), oldest };
}
