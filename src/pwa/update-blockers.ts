/**
 * The two things that must hold a reload back: a form with unsaved input, and a push in flight
 * (the sync loop may be in any tab; sync-status mirrors it into every tab).
 */
import { hasUnsavedChanges, subscribeUnsavedChanges } from '../components/ui/unsaved-guard';
import { getSyncStatus, subscribeSyncStatus } from '../sync/sync-status';
import type { UpdateBlocker } from './update-controller';

/** A push is checked first: it ends by itself, so the prompt can promise to continue afterwards. */
export function currentBlocker(): UpdateBlocker | null {
  if (getSyncStatus().phase === 'pushing') return 'pushing';
  return hasUnsavedChanges() ? 'unsaved' : null;
}

export function subscribeBlockers(listener: () => void): () => void {
  const stopForms = subscribeUnsavedChanges(listener);
  const stopSync = subscribeSyncStatus(() => listener());
  return () => {
    stopForms();
    stopSync();
  };
}
