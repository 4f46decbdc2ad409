import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildMutation } from '../../tests/factories/sync-factories';
import type { Mutation } from '../shared/mutation';
import type { PullResponse, SnapshotResponse, UnsentSummary } from '../shared/sync-protocol';
import { deviceDbs } from '../../tests/setup/device-dbs';
import { currentDataKey, setDataKey } from '../storage/crypto/data-key';
import type { FieldDb } from '../storage/db';
import { startSyncLoop, type SyncLoop } from './sync-engine';
import { getSyncStatus } from './sync-status';
import { TransportError, type SyncTransport } from './transport';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A server whose pulls wait for the test to let them through, so a write can land mid-run. */
function gatedServer() {
  const pushed: Mutation[] = [];
  const reports: UnsentSummary[] = [];
  let refuseReports = false;
  let release: () => void = () => {};
  let gate = Promise.resolve();
  let waiting = 0;
  const answer = (): PullResponse => ({ status: 'ok', changes: [], conflicts: [], cursor: 'e1:1', hasMore: false, scopeFingerprint: 'fp' });
  const transport: SyncTransport = {
    async push(mutations) {
      pushed.push(...mutations);
      return { status: 'ok', applied: mutations.map((m) => m.mutationId), rejected: [], conflicts: [], records: [] };
    },
    async snapshot(): Promise<SnapshotResponse> {
      waiting += 1;
      await gate;
      return { ...answer(), total: 0 };
    },
    async pull(): Promise<PullResponse> {
      await gate;
      return answer();
    },
    openConflicts: async () => [],
    resolveConflict: async () => {
      throw new Error('not used');
    },
    async reportDevice(summary) {
      if (refuseReports) throw new TransportError({ kind: 'http', status: 500 });
      reports.push(summary);
    },
  };
  return {
    transport,
    pushed,
    reports,
    refuseReports: () => {
      refuseReports = true;
    },
    waiting: () => waiting,
    hold: () => {
      gate = new Promise((resolve) => (release = resolve));
    },
    release: () => release(),
  };
}

const newDb = deviceDbs('loop');
const cleanup: Array<() => void> = [];
afterEach(() => cleanup.splice(0).forEach((fn) => fn()));

function start(db: FieldDb, transport: SyncTransport, options: { intervalMs: number; debounceMs: number }): SyncLoop {
  const loop = startSyncLoop({ db, transport, random: () => 0, ...options });
  cleanup.push(() => loop.stop());
  return loop;
}

describe('the sync loop after a local write', () => {
  it('pushes a write saved while a run is finishing after the debounce, not the long interval', async () => {
    const db = newDb();
    const server = gatedServer();
    server.hold();
    start(db, server.transport, { intervalMs: 60_000, debounceMs: 150 });
    await expect.poll(server.waiting).toBe(1); // the first run has pushed an empty outbox and waits on the server

    const write = buildMutation();
    await db.outbox.add(write);
    await pause(30); // the loop has seen the write and set its debounce…
    server.release(); // …and the run ends before that debounce is due

    await expect.poll(() => server.pushed.map((m) => m.mutationId), { timeout: 2_000 }).toEqual([write.mutationId]);
  });

  it('does not let another tab’s sync postpone a write this tab has not pushed yet', async () => {
    const db = newDb();
    const server = gatedServer();
    start(db, server.transport, { intervalMs: 60_000, debounceMs: 150 });
    await expect.poll(() => getSyncStatus().phase).toBe('idle'); // first run done, resting for the interval

    const write = buildMutation();
    await db.outbox.add(write);
    await pause(30);
    // Another tab reports a successful sync (which began before this write).
    const peer = new BroadcastChannel('field-sync-status');
    cleanup.push(() => peer.close());
    peer.postMessage({ phase: 'idle', lastSyncedAt: new Date().toISOString() });

    await expect.poll(() => server.pushed.map((m) => m.mutationId), { timeout: 2_000 }).toEqual([write.mutationId]);
  });
});

describe('the sync loop while the data is locked', () => {
  it('pushes nothing until the unlock, then syncs at once', async () => {
    const db = newDb();
    const write = buildMutation();
    await db.outbox.add(write);
    const key = currentDataKey();
    setDataKey(null);
    const server = gatedServer();
    start(db, server.transport, { intervalMs: 60_000, debounceMs: 50 });
    await pause(200);
    expect(server.pushed).toEqual([]);

    setDataKey(key);
    await expect.poll(() => server.pushed.map((m) => m.patch), { timeout: 2_000 }).toEqual([write.patch]);
  });
});

describe('the sync loop’s device report', () => {
  it('tells the server, after each completed run, what the device still holds unsent', async () => {
    const db = newDb();
    const refused = buildMutation({ clientTime: '2026-05-20T00:00:00.000Z' });
    await db.needsAttention.add({ mutationId: refused.mutationId, mutation: refused, reason: 'validation', details: {}, rejectedAt: '2026-05-20T00:00:01.000Z' });
    await db.outbox.add(buildMutation());
    const server = gatedServer();
    start(db, server.transport, { intervalMs: 60_000, debounceMs: 150 });

    // The outbox was pushed first, so only the refused change is left to report.
    await expect.poll(() => server.reports).toEqual([{ unsent: 0, needsAttention: 1, oldestUnsentAt: '2026-05-20T00:00:00.000Z' }]);
  });

  it('does not count a refused report as a failed sync', async () => {
    const db = newDb();
    const server = gatedServer();
    server.refuseReports();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    cleanup.push(() => warn.mockRestore());
    const before = getSyncStatus().lastSyncedAt;
    start(db, server.transport, { intervalMs: 60_000, debounceMs: 150 });

    await expect.poll(() => warn.mock.calls).toEqual([['device report not sent', expect.any(TransportError)]]);
    await expect.poll(() => getSyncStatus().lastSyncedAt).not.toBe(before);
    expect(getSyncStatus().phase).toBe('idle');
    expect(getSyncStatus().lastError).toBeUndefined();
  });
});
