/**
 * The device's auth + sync modules against the REAL server with sign-in: the client signs
 * in through src/auth's backend, its cookie rides on every sync request, and the server decides the
 * scope. A teacher's device pulls no seeker; its push to a seeker is set aside as 'forbidden' and not
 * retried; a session ended on the server pauses sync with the outbox intact.
 */
import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuthBackend } from '../../../src/auth/auth-api';
import type { Role } from '../../../src/shared/auth-protocol';
import { generateDemoData } from '../../../src/shared/demo-data';
import { openFieldDb, type FieldDb } from '../../../src/storage/db';
import { saveRecord } from '../../../src/storage/record-repo';
import { createHttpTransport } from '../../../src/sync/http-transport';
import { pushOutbox } from '../../../src/sync/push';
import { syncOnce } from '../../../src/sync/sync-engine';
import { seedIfEmpty } from '../../../sync-server/src/services/seed-service';
import { createSqlStore, type SqlStore } from '../../../sync-server/src/store/sql-store';
import { browserFetch, createAuthedApp, type AuthedApp } from '../../setup/auth-helpers';
import { buildSeeker } from '../../factories/people';

describe('signed-in device sync against the real server', () => {
  let store: SqlStore;
  let authed: AuthedApp;
  let server: Server;
  let baseUrl: string;
  const dbs: FieldDb[] = [];
  const demo = generateDemoData({ seed: 7, seekers: 25, companies: 10, schools: 3, studentsPerSchool: 6 });
  const teacherSchool = demo.schools[0]!.id;

  beforeEach(async () => {
    store = await createSqlStore({ sqliteFile: ':memory:' });
    await seedIfEmpty(store, demo, new Date().toISOString());
    authed = await createAuthedApp(store, { teacherSchoolId: teacherSchool });
    server = createServer(authed.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    for (const db of dbs.splice(0)) db.close();
    await store.close();
  });

  async function device(role: Role) {
    const db = openFieldDb(`authed-${role}-${crypto.randomUUID()}`);
    dbs.push(db);
    const fetchImpl = browserFetch();
    const backend = createAuthBackend(db, { baseUrl, fetchImpl });
    const session = await backend.login(authed.users[role].loginId, authed.users[role].password);
    const transport = createHttpTransport({ baseUrl, clientId: session.clientId, userId: session.user.userId, fetchImpl });
    return { db, backend, session, transport };
  }

  it("gives a teacher's device no seeker and only its own school's students", async () => {
    const teacher = await device('teacher');
    await syncOnce(teacher.db, teacher.transport);
    expect(await teacher.db.seekers.count()).toBe(0);
    expect(await teacher.db.counsellingRecords.count()).toBe(0);
    const students = await teacher.db.students.toArray();
    expect(students.length).toBeGreaterThan(0);
    expect(new Set(students.map((s) => s.schoolId))).toEqual(new Set([teacherSchool]));
    expect((await teacher.db.schools.toArray()).map((s) => s.id)).toEqual([teacherSchool]);
    expect((await teacher.db.meta.get('sync.scopeFingerprint'))?.value).toBe(teacher.session.scopeFingerprint);

    const coordinator = await device('coordinator');
    await syncOnce(coordinator.db, coordinator.transport);
    expect(await coordinator.db.seekers.count()).toBe(25);
  });

  it("sets a teacher's push to a seeker aside as forbidden and does not send it again", async () => {
    const teacher = await device('teacher');
    await syncOnce(teacher.db, teacher.transport);
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, deleted: _d, ...fields } = buildSeeker();
    const made = await saveRecord(teacher.db, 'seekers', fields as never);

    expect(await pushOutbox(teacher.db, teacher.transport)).toEqual({ applied: 0, rejected: 1 });
    expect(await teacher.db.outbox.count()).toBe(0);
    const [entry] = await teacher.db.needsAttention.toArray();
    expect(entry).toMatchObject({ reason: 'forbidden', mutation: { entity: 'seekers', recordId: made.id } });
    // Nothing left to retry, and the server kept nothing.
    expect(await pushOutbox(teacher.db, teacher.transport)).toEqual({ applied: 0, rejected: 0 });
    const coordinator = await device('coordinator');
    await syncOnce(coordinator.db, coordinator.transport);
    expect(await coordinator.db.seekers.get(made.id)).toBeUndefined();
  });

  it('pauses with unauthenticated after the session ends, keeping the outbox', async () => {
    const coordinator = await device('coordinator');
    await syncOnce(coordinator.db, coordinator.transport);
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, deleted: _d, ...fields } = buildSeeker();
    await saveRecord(coordinator.db, 'seekers', fields as never);
    await coordinator.backend.logout();
    await expect(syncOnce(coordinator.db, coordinator.transport)).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(await coordinator.db.outbox.count()).toBe(1);
  });
});
