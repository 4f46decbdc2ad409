import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildMutation } from '../../tests/factories/sync-factories';
import { deviceDbs } from '../../tests/setup/device-dbs';
import { CLIENT_HEADER } from '../shared/auth-protocol';
import { createHttpTransport } from './http-transport';
import { startSyncLoop } from './sync-engine';
import { getSyncStatus } from './sync-status';

const newDb = deviceDbs('pause');

const envelope = (status: number, reason: string) => new Response(JSON.stringify({ status: 'error', reason, details: {} }), { status, headers: { 'Content-Type': 'application/json' } });

describe('sync and the session', () => {
  it('sends the CSRF header on a push but not on a pull', async () => {
    const seen: Headers[] = [];
    const transport = createHttpTransport({
      clientId: 'device-1',
      userId: 'u-1',
      fetchImpl: async (_input, init) => {
        seen.push(new Headers(init?.headers));
        return new Response(JSON.stringify({ status: 'ok', applied: [], rejected: [], conflicts: [], records: [], changes: [], cursor: '', hasMore: false }), { status: 200 });
      },
    });
    await transport.push([]);
    await transport.pull('');
    expect(seen[0]?.get(CLIENT_HEADER)).toBe('1');
    expect(seen[0]?.get('Content-Type')).toBe('application/json');
    expect(seen[1]?.get(CLIENT_HEADER)).toBeNull();
  });

  it.each([
    [401, 'unauthenticated', 'unauthenticated'],
    [403, 'device-revoked', 'device-revoked'],
  ] as const)('pauses on %i %s, keeps the outbox and tells the caller', async (status, reason, code) => {
    const db = newDb();
    await db.outbox.add(buildMutation());
    let calls = 0;
    const transport = createHttpTransport({
      clientId: 'device-1',
      userId: 'u-1',
      fetchImpl: async () => {
        calls += 1;
        return envelope(status, reason);
      },
    });
    const failures: string[] = [];
    const loop = startSyncLoop({ db, transport, intervalMs: 10, debounceMs: 10, random: () => 0, onAuthFailure: (c) => failures.push(c) });
    await expect.poll(() => failures).toEqual([code]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls).toBe(1);
    expect(getSyncStatus().lastError).toBe(code);
    expect(await db.outbox.count()).toBe(1);
    loop.stop();
  });
});
