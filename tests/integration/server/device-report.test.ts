/**
 * Device reports: after each completed sync run a device says what it still holds unsent, and the
 * admin's devices list shows it with the server time of that sync. On SQLite and, with
 * TEST_DATABASE_URL, PostgreSQL.
 */
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Device } from '../../../src/shared/auth-protocol';
import { PROTOCOL_VERSION } from '../../../src/shared/sync-protocol';
import type { SqlStore } from '../../../sync-server/src/store/sql-store';
import { createAuthedApp, CSRF_HEADERS, loginAs, type AuthedApp } from '../../setup/auth-helpers';
import { TEST_STORE_KINDS } from '../../setup/server-stores';

const summary = { unsent: 2, needsAttention: 1, oldestUnsentAt: '2026-05-30T03:15:00.000Z' };

describe.each(TEST_STORE_KINDS)('device reports on $name', (kind) => {
  let store: SqlStore;
  let t: AuthedApp;
  beforeEach(async () => {
    store = (await kind.create()).store;
    t = await createAuthedApp(store);
  });
  afterEach(async () => store.close());

  const report = (s: Awaited<ReturnType<typeof loginAs>>, body: object = {}) =>
    s.agent.post('/api/sync/device-report').send({ protocolVersion: PROTOCOL_VERSION, clientId: s.clientId, userId: 'ignored', ...summary, ...body });
  const devices = async () => {
    const admin = await loginAs(t.app, 'admin', { clientId: 'admin-desk' });
    return (await admin.agent.get('/api/admin/devices').expect(200)).body.devices as Device[];
  };
  const deviceOf = async (clientId: string) => (await devices()).find((d) => d.clientId === clientId);

  it('shows the admin when each device last synced and what it still held then', async () => {
    const tablet = await loginAs(t.app, 'coordinator', { clientId: 'tablet-1' });
    expect(await deviceOf('tablet-1')).toMatchObject({ lastSyncAt: null, unsent: null });

    t.clock.advance(60_000);
    await report(tablet).expect(200, { status: 'ok' });
    const synced = t.clock.now().toISOString();
    // The session's user, never the body's.
    expect(await deviceOf('tablet-1')).toEqual({ clientId: 'tablet-1', userId: t.users.coordinator.id, lastSeen: synced, lastSyncAt: synced, revokedAt: null, unsent: summary });

    t.clock.advance(60_000);
    await report(tablet, { unsent: 0, needsAttention: 0, oldestUnsentAt: null }).expect(200);
    expect((await deviceOf('tablet-1'))?.unsent).toEqual({ unsent: 0, needsAttention: 0, oldestUnsentAt: null });
  });

  it('refuses a bad report with the field and keeps the last good one', async () => {
    const tablet = await loginAs(t.app, 'coordinator', { clientId: 'tablet-1' });
    await report(tablet).expect(200);
    const bad = await report(tablet, { unsent: -1, oldestUnsentAt: 'yesterday' }).expect(400);
    expect(bad.body.details).toMatchObject({ unsent: expect.any(String), oldestUnsentAt: expect.any(String) });
    expect((await deviceOf('tablet-1'))?.unsent).toEqual(summary);
  });

  it('takes a report only from the signed-in device itself, and never from a revoked one', async () => {
    await request(t.app).post('/api/sync/device-report').set(CSRF_HEADERS).send({ protocolVersion: PROTOCOL_VERSION, clientId: 'x', userId: 'u', ...summary }).expect(401);
    const tablet = await loginAs(t.app, 'coordinator', { clientId: 'tablet-1' });
    await report(tablet, { clientId: 'tablet-2' }).expect(403);
    expect(await deviceOf('tablet-2')).toBeUndefined();

    const admin = await loginAs(t.app, 'admin');
    await admin.agent.post('/api/admin/devices/tablet-1/revoke').expect(200);
    expect((await report(tablet).expect(403)).body.reason).toBe('device-revoked');
    expect(await deviceOf('tablet-1')).toMatchObject({ revokedAt: expect.any(String), unsent: null });
  });
});
