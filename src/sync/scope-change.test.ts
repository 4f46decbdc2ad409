import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildSeeker, buildStudent } from '../../tests/factories/people';
import { buildMutation } from '../../tests/factories/sync-factories';
import { deviceDbs } from '../../tests/setup/device-dbs';
import type { Mutation } from '../shared/mutation';
import type { Change, PullResponse, SnapshotResponse } from '../shared/sync-protocol';
import { readScopeFingerprint, readSyncState } from '../storage/sync-repo';
import { syncOnce } from './sync-engine';
import type { SyncTransport } from './transport';

/** The server side of the network edge: what it holds for the current scope, and its fingerprint. */
function fakeServer(initial: { fingerprint: string; changes: Change[] }) {
  const server = { ...initial, removed: [] as NonNullable<PullResponse['removed']>, log: [] as string[], pushed: [] as Mutation[] };
  const transport: SyncTransport = {
    async push(mutations) {
      server.log.push('push');
      server.pushed.push(...mutations);
      return { status: 'ok', applied: mutations.map((m) => m.mutationId), rejected: [], conflicts: [], records: [] };
    },
    async snapshot(): Promise<SnapshotResponse> {
      server.log.push('snapshot');
      return { status: 'ok', changes: server.changes, conflicts: [], cursor: 'e1:10', hasMore: false, total: server.changes.length, scopeFingerprint: server.fingerprint };
    },
    async pull(): Promise<PullResponse> {
      server.log.push('pull');
      const removed = server.removed.splice(0);
      return { status: 'ok', changes: [], conflicts: [], cursor: 'e1:11', hasMore: false, scopeFingerprint: server.fingerprint, ...(removed.length ? { removed } : {}) };
    },
    openConflicts: async () => [],
    resolveConflict: async () => {
      throw new Error('not used');
    },
    reportDevice: async () => {},
  };
  return { server, transport };
}

const newDb = deviceDbs('scope');

describe('scope fingerprint', () => {
  it('pushes the outbox, drops every local record and re-snapshots when the fingerprint changes', async () => {
    const db = newDb();
    const seeker = buildSeeker();
    const { server, transport } = fakeServer({ fingerprint: 'fp-coordinator', changes: [{ entity: 'seekers', record: seeker }] });
    await syncOnce(db, transport);
    expect(await db.seekers.count()).toBe(1);
    expect(await readScopeFingerprint(db)).toBe('fp-coordinator');

    // The admin makes this user a teacher; meanwhile the user edited something offline.
    const pending = buildMutation();
    await db.outbox.add(pending);
    const student = buildStudent();
    server.fingerprint = 'fp-teacher';
    server.changes = [{ entity: 'students', record: student }];
    server.log.length = 0;
    await syncOnce(db, transport);

    expect(server.pushed.map((m) => m.mutationId)).toContain(pending.mutationId);
    expect(server.log.indexOf('push')).toBeLessThan(server.log.lastIndexOf('snapshot'));
    expect(await db.seekers.count()).toBe(0);
    expect((await db.students.toArray()).map((s) => s.id)).toEqual([student.id]);
    expect(await readScopeFingerprint(db)).toBe('fp-teacher');
    expect(await db.outbox.count()).toBe(0);
  });

  it('drops records the server lists as removed, without a delete in the outbox', async () => {
    const db = newDb();
    const [a, b] = [buildStudent(), buildStudent()];
    const { server, transport } = fakeServer({ fingerprint: 'fp-teacher', changes: [{ entity: 'students', record: a }, { entity: 'students', record: b }] });
    await syncOnce(db, transport);
    server.removed.push({ entity: 'students', id: a.id });
    await syncOnce(db, transport);
    expect((await db.students.toArray()).map((s) => s.id)).toEqual([b.id]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('re-snapshots a device whose records were pulled before scopes existed', async () => {
    const db = newDb();
    const seeker = buildSeeker();
    await db.seekers.put(seeker);
    await db.meta.put({ key: 'sync.state', value: { mode: 'pull', cursor: 'e1:5', done: 1, total: 1 } });
    const { transport } = fakeServer({ fingerprint: 'fp-teacher', changes: [] });
    await syncOnce(db, transport);
    expect(await db.seekers.count()).toBe(0);
    expect(await readScopeFingerprint(db)).toBe('fp-teacher');
    expect((await readSyncState(db))?.mode).toBe('pull');
  });
});
