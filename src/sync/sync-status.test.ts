import { afterEach, describe, expect, it } from 'vitest';
import { getSyncStatus, subscribeSyncStatus, updateSyncStatus } from './sync-status';

describe('sync status store', () => {
  afterEach(() => updateSyncStatus({ phase: 'idle', lastError: undefined, lastSyncedAt: undefined, progress: undefined }));

  it('notifies listeners and removes fields set to undefined', () => {
    const seen: string[] = [];
    const stop = subscribeSyncStatus((s) => seen.push(s.phase));
    updateSyncStatus({ phase: 'error', lastError: 'network' });
    updateSyncStatus({ phase: 'idle', lastError: undefined, lastSyncedAt: '2025-04-01T09:00:00.000Z' });
    stop();
    updateSyncStatus({ phase: 'pushing' });
    expect(seen).toEqual(['error', 'idle']);
    expect(getSyncStatus()).toEqual({ phase: 'pushing', lastSyncedAt: '2025-04-01T09:00:00.000Z' });
    expect('lastError' in getSyncStatus()).toBe(false);
  });
});
