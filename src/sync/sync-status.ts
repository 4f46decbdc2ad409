/**
 * What the sync loop is doing, as a tiny observable store the header (and the PWA updater, which
 * must not reload mid-push) can read. The tab that syncs broadcasts every change to the other tabs
 * (sync-engine.ts), so all tabs show the same status although only one of them syncs.
 */
import { useSyncExternalStore } from 'react';
import type { SyncErrorCode } from './transport';

export type SyncPhase = 'idle' | 'pushing' | 'pulling' | 'initial' | 'offline' | 'error';

export type SyncStatus = {
  phase: SyncPhase;
  /** ISO time of the last sync that completed. */
  lastSyncedAt?: string;
  /** Why the last run failed; cleared by the next success. */
  lastError?: SyncErrorCode;
  /** Initial sync: records stored / records expected. */
  progress?: { done: number; total: number };
};

let status: SyncStatus = { phase: 'idle' };
const listeners = new Set<(status: SyncStatus) => void>();

export function getSyncStatus(): SyncStatus {
  return status;
}

export function subscribeSyncStatus(listener: (status: SyncStatus) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Replaces fields of the status; `undefined` values remove a field (exactOptionalPropertyTypes-safe). */
export function updateSyncStatus(patch: { [K in keyof SyncStatus]?: SyncStatus[K] | undefined }): void {
  const next: Record<string, unknown> = { ...status };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  status = next as SyncStatus;
  for (const listener of listeners) listener(status);
}

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(subscribeSyncStatus, getSyncStatus, getSyncStatus);
}
