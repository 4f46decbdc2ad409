import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMutation } from '../../tests/factories/sync-factories';
import type { Mutation } from '../shared/mutation';
import type { PullResponse, SnapshotResponse } from '../shared/sync-protocol';
import { openFieldDb, type FieldDb } from '../storage/db';
import { startSyncLoop, type SyncLoop } from './sync-engine';
import { getSyncStatus } from './sync-status';
import type { SyncTransport } from './transport';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A server whose pulls wait for the test to let them through, so a write can land mid-run. */
function gatedServer() {
  const pushed: Mutation[] = [];
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
  };
  return {
    transport,
    pushed,
    waiting: () => waiting,
    hold: () => {
      gate = new Promise((resolve) => (release = resolve));
    },
    release: () => release(),
  };
}

const cleanup: Array<() => void> = [];
afterEach(() => cleanup.splice(0).forEach((fn) => fn()));

function start(db: FieldDb, transport: SyncTransport, options: { intervalMs: number; debounceMs: number }): SyncLoop {
  const loop = startSyncLoop({ db, transport, random: () => 0, ...options });
  cleanup.push(() => loop.stop());
  return loop;
}

describe('the sync loop after a local write', () => {
  it('pushes a write saved while a run is finishing after the debounce, not the long interval', async () => {
    const db = openFieldDb(`loop-${crypto.randomUUID()}`);
    cleanup.push(() => db.close());
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
    const db = openFieldDb(`loop-${crypto.randomUUID()}`);
    cleanup.push(() => db.close());
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
