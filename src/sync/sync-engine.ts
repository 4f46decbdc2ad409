/**
 * The sync loop. One run = push the outbox, tell the server about reviewed
 * conflicts, then the initial snapshot (new device or after a reset) or an incremental pull.
 * Runs on start, on `online`, when the tab becomes visible, on an interval, shortly after a local
 * write, and on demand; after a failure it waits with exponential backoff. Only one tab syncs at a
 * time (Web Lock 'field-sync', released by the browser if the tab dies); the others see the data
 * through Dexie liveQuery and the status through a BroadcastChannel.
 */
import { currentDataKey, onDataKeyChange } from '../storage/crypto/data-key';
import type { FieldDb } from '../storage/db';
import { conflictsAwaitingServer, forgetConflict } from '../storage/conflict-repo';
import { pruneChangeLog } from '../storage/cached-copy';
import { unsentSummary } from '../storage/outbox-age';
import { REPORT_COPY } from '../storage/report-written-middleware';
import { clearSyncState, countOutbox, dropScopedData, readLastSyncedAt, readSyncState, subscribeOutboxWrites, writeLastSyncedAt } from '../storage/sync-repo';
import { backoffDelayMs } from './core/backoff';
import { runInitialSync } from './initial-sync';
import { pullChanges } from './pull';
import { pushOutbox } from './push';
import { setSyncRequestHandler } from './sync-requests';
import { getSyncStatus, subscribeSyncStatus, updateSyncStatus } from './sync-status';
import { SyncError, toSyncError, TransportError, type SyncTransport } from './transport';

const onProgress = (done: number, total: number) => updateSyncStatus({ progress: { done, total } });

export async function syncOnce(db: FieldDb, transport: SyncTransport): Promise<void> {
  try {
    await syncSteps(db, transport);
  } catch (error) {
    const failure = toSyncError(error);
    if (failure.code !== 'reset-required' && failure.code !== 'scope-changed') throw failure;
    // The server cannot continue from our cursor (restored database, another server), or the user's
    // scope changed (role or school): hand it what the user did first, then start over from a fresh
    // snapshot. A scope change also drops every local record, so what left the scope leaves
    // the device (sync-protocol.ts header).
    updateSyncStatus({ phase: 'pushing' });
    await pushOutbox(db, transport);
    if ((await countOutbox(db)) > 0) throw new SyncError('server');
    if (failure.code === 'scope-changed') await dropScopedData(db);
    else await clearSyncState(db);
    await syncSteps(db, transport);
  }
}

async function syncSteps(db: FieldDb, transport: SyncTransport): Promise<void> {
  updateSyncStatus({ phase: 'pushing' });
  await pushOutbox(db, transport);
  for (const conflict of await conflictsAwaitingServer(db)) {
    await transport.resolveConflict(conflict.id).catch((error: unknown) => {
      // Unknown to the server (outside this user's scope now): nothing left to tell it.
      const gone = error instanceof TransportError && error.failure.kind === 'http' && error.failure.status === 404;
      if (!gone) throw toSyncError(error);
    });
    await forgetConflict(db, conflict.id);
  }
  if ((await readSyncState(db))?.mode !== 'pull') {
    updateSyncStatus({ phase: 'initial' });
    await runInitialSync(db, transport, onProgress);
    updateSyncStatus({ progress: undefined });
  }
  updateSyncStatus({ phase: 'pulling' });
  await pullChanges(db, transport);
}

export type SyncLoop = { requestSync(): Promise<void>; stop(): void };
export type SyncLoopOptions = {
  db: FieldDb;
  transport: SyncTransport;
  intervalMs?: number;
  debounceMs?: number;
  random?: () => number;
  /** The session ended (401) or the device was revoked (403): the loop has paused; the caller decides. */
  onAuthFailure?: (code: 'unauthenticated' | 'device-revoked') => void;
};

let activeLoop: SyncLoop | undefined;

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

function withSyncLock(fn: () => Promise<void>): Promise<void> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return fn();
  // The lock is held until fn settles; the browser releases it if the tab dies mid-sync.
  return locks.request('field-sync', fn).then(() => undefined);
}

export function startSyncLoop({ db, transport, intervalMs = 30_000, debounceMs = 1_500, random = Math.random, onAuthFailure }: SyncLoopOptions): SyncLoop {
  let stopped = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  // A local write not yet read by a push: nothing may push its turn back to the long interval.
  let writePending = false;
  const schedule = (ms: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void run(), ms);
  };

  async function attemptOnce(): Promise<void> {
    // Locked: pulled records cannot be encrypted and the outbox's patches cannot be read (the server
    // takes them in plain, over TLS), so nothing syncs until the unlock, which starts a run at once.
    if (!currentDataKey()) return schedule(intervalMs);
    if (isOffline()) {
      updateSyncStatus({ phase: 'offline', progress: undefined });
      return schedule(intervalMs);
    }
    try {
      do {
        again = false;
        writePending = false;
        await withSyncLock(() => syncOnce(db, transport));
      } while (again && !stopped);
      if (!stopped) await reportUnsent(db, transport); // a stopped loop's session may be gone
      attempt = 0;
      const at = new Date().toISOString();
      await writeLastSyncedAt(db, at);
      await pruneChangeLog(db, REPORT_COPY);
      updateSyncStatus({ phase: 'idle', lastSyncedAt: at, lastError: undefined, progress: undefined });
      schedule(writePending ? debounceMs : intervalMs);
    } catch (error) {
      const failure = toSyncError(error);
      updateSyncStatus({ phase: isOffline() ? 'offline' : 'error', lastError: failure.code });
      if (failure.code === 'unauthenticated' || failure.code === 'device-revoked') {
        // Retrying cannot help: pause (local data and the outbox stay) until the caller acts.
        stopped = true;
        clearTimeout(timer);
        onAuthFailure?.(failure.code);
        return;
      }
      schedule(backoffDelayMs(attempt, random(), {}, failure.retryAfterMs ?? 0));
      attempt += 1;
    }
  }

  function run(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true; // a write landed mid-run: go round once more before resting
      return running;
    }
    clearTimeout(timer);
    const current = attemptOnce().finally(() => {
      running = undefined;
    });
    running = current;
    return current;
  }

  const now = () => {
    attempt = 0;
    void run();
  };
  const onOffline = () => updateSyncStatus({ phase: 'offline' });
  const onVisible = () => {
    if (document.visibilityState === 'visible') void run();
  };
  const stopWatching = subscribeOutboxWrites(db, () => {
    writePending = true;
    if (attempt === 0) schedule(debounceMs); // while backing off, the backoff timer decides
  });
  const stopUnlockWatch = onDataKeyChange((key) => {
    if (key) now();
  });
  const stopBroadcast = broadcastStatus(() => {
    // Another tab just synced: our own interval can wait, unless that sync began before our write.
    if (attempt === 0 && !running && !writePending) schedule(intervalMs);
  });
  if (typeof window !== 'undefined') {
    window.addEventListener('online', now);
    window.addEventListener('offline', onOffline);
    document.addEventListener('visibilitychange', onVisible);
  }

  void readLastSyncedAt(db).then((at) => {
    if (at && !getSyncStatus().lastSyncedAt) updateSyncStatus({ lastSyncedAt: at });
  });
  const loop: SyncLoop = {
    requestSync: () => {
      attempt = 0;
      return run();
    },
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      stopWatching();
      stopUnlockWatch();
      stopBroadcast();
      if (typeof window !== 'undefined') {
        window.removeEventListener('online', now);
        window.removeEventListener('offline', onOffline);
        document.removeEventListener('visibilitychange', onVisible);
      }
      if (activeLoop === loop) {
        activeLoop = undefined;
        setSyncRequestHandler(undefined);
      }
    },
  };
  activeLoop = loop;
  setSyncRequestHandler(loop.requestSync);
  void run();
  return loop;
}

/** Only informs the admin's devices screen: a report that fails is not a failed sync. */
async function reportUnsent(db: FieldDb, transport: SyncTransport): Promise<void> {
  try {
    await transport.reportDevice(await unsentSummary(db));
  } catch (error) {
    console.warn('device report not sent', error);
  }
}

/** Mirrors the status to other tabs and takes theirs; `onPeerSynced` hears of their successes. */
function broadcastStatus(onPeerSynced: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel('field-sync-status');
  let receiving = false;
  const unsubscribe = subscribeSyncStatus((status) => {
    if (!receiving) channel.postMessage(status);
  });
  channel.onmessage = (event: MessageEvent) => {
    const status = event.data as ReturnType<typeof getSyncStatus>;
    receiving = true;
    try {
      updateSyncStatus({ phase: status.phase, lastSyncedAt: status.lastSyncedAt, lastError: status.lastError, progress: status.progress });
    } finally {
      receiving = false;
    }
    if (status.phase === 'idle') onPeerSynced();
  };
  return () => {
    unsubscribe();
    channel.close();
  };
}
