/**
 * Scoping decided by the server from the session (rules: services/access-policy.ts), on both databases:
 * what each role pulls, which pushes are refused 'forbidden' (changing nothing), the scope fingerprint,
 * records leaving a teacher's school, host-company names, and the audit trail.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../src/shared/auth-protocol';
import { generateDemoData, type DemoData } from '../../../src/shared/demo-data';
import type { Mutation } from '../../../src/shared/mutation';
import type { PullResponse, PushResponse, SnapshotResponse } from '../../../src/shared/sync-protocol';
import { seedIfEmpty } from '../../../sync-server/src/services/seed-service';
import type { SqlStore } from '../../../sync-server/src/store/sql-store';
import { buildMutation, buildPush, pullQuery } from '../../factories/sync-factories';
import { createAuthedApp, loginAs, type AuthedApp, type SignedIn } from '../../setup/auth-helpers';
import { TEST_STORE_KINDS } from '../../setup/server-stores';

const NOW = '2026-06-01T00:00:00.000Z';
const ALL_ENTITIES = ['seekers', 'counsellingRecords', 'companies', 'companyVisits', 'openings', 'trialPlacements', 'successFees', 'programmeSettings', 'schools', 'students', 'internshipProgrammes', 'programmeSessions', 'internships', 'attendance', 'programmeParticipants', 'careerPlans', 'checkIns', 'retentionChecks', 'consents', 'provisions'];
// statusChanges: the demo has none (history starts with the first status move in the app).

async function recordsDump(store: SqlStore): Promise<string> {
  return JSON.stringify(await store.db.selectFrom('records').selectAll().orderBy('entity').orderBy('id').execute());
}

describe.each(TEST_STORE_KINDS)('scoping by role on $name', (kind) => {
  let store: SqlStore;
  let t: AuthedApp;
  let data: DemoData;
  let schoolA: string;
  let schoolB: string;
  beforeEach(async () => {
    store = (await kind.create()).store;
    data = generateDemoData({ seed: 3, seekers: 15, companies: 12, schools: 2, studentsPerSchool: 6, trialPlacements: 6 });
    await seedIfEmpty(store, data, NOW);
    schoolA = data.schools[0]!.id;
    schoolB = data.schools[1]!.id;
    t = await createAuthedApp(store, { teacherSchoolId: schoolA });
  });
  afterEach(async () => store.close());

  const snapshot = async (s: SignedIn) => (await s.agent.get('/api/sync/snapshot').query({ ...pullQuery(), clientId: s.clientId }).expect(200)).body as SnapshotResponse;
  const pull = async (s: SignedIn, cursor = '') => (await s.agent.get('/api/sync/pull').query({ ...pullQuery(cursor), clientId: s.clientId }).expect(200)).body as PullResponse;
  const push = async (s: SignedIn, mutations: Mutation[]) => (await s.agent.post('/api/sync/push').send(buildPush(mutations, { clientId: s.clientId })).expect(200)).body as PushResponse;
  const entitiesOf = (page: PullResponse) => [...new Set(page.changes.map((c) => c.entity))].sort();

  it('gives a teacher its own school only: no seeker, its students, and just the names of host companies', async () => {
    const teacher = await loginAs(t.app, 'teacher');
    for (const page of [await snapshot(teacher), await pull(teacher)]) {
      expect(page.changes.filter((c) => c.entity === 'seekers')).toEqual([]);
      expect(entitiesOf(page)).toEqual(['attendance', 'companies', 'internshipProgrammes', 'internships', 'programmeParticipants', 'programmeSessions', 'schools', 'students']);
      const full = page.changes.filter((c) => c.entity !== 'companies');
      expect(full.every((c) => c.record['schoolId'] === schoolA || c.record.id === schoolA)).toBe(true);
      expect(page.changes.filter((c) => c.entity === 'students')).toHaveLength(data.students.filter((s) => s.schoolId === schoolA).length);
      const hosts = new Set(data.internships.filter((i) => i.schoolId === schoolA).map((i) => i.companyId));
      const companies = page.changes.filter((c) => c.entity === 'companies');
      expect(new Set(companies.map((c) => c.record.id))).toEqual(hosts);
      for (const c of companies) {
        expect(c.projection).toBe('company-name');
        expect(Object.keys(c.record).sort()).toEqual(['createdAt', 'deleted', 'id', 'industry', 'name', 'nameKana', 'town', 'updatedAt', 'version']);
      }
      expect(page.scopeFingerprint).toBe(teacher.session.scopeFingerprint);
    }
  });

  it.each([
    ['counter', ['companies', 'consents', 'counsellingRecords', 'openings', 'provisions', 'seekers']],
    ['coordinator', [...ALL_ENTITIES].sort()],
    ['admin', [...ALL_ENTITIES].sort()],
  ] as const)('gives a %s exactly its entities', async (role, expected) => {
    const s = await loginAs(t.app, role);
    const page = await snapshot(s);
    expect(entitiesOf(page)).toEqual(expected);
    expect(page.changes.some((c) => c.projection)).toBe(false);
  });

  it('refuses a teacher’s pushes outside its school as forbidden and changes nothing', async () => {
    const teacher = await loginAs(t.app, 'teacher');
    const before = await recordsDump(store);
    const seeker = data.seekers[0]!;
    const otherStudent = data.students.find((s) => s.schoolId === schoolB)!;
    const ownStudent = data.students.find((s) => s.schoolId === schoolA)!;
    const company = data.companies[0]!;
    const attempts: Mutation[] = [
      buildMutation({ entity: 'seekers', recordId: seeker.id, baseVersion: 1, patch: { notes: 'のぞき見' } }),
      buildMutation({ entity: 'seekers', patch: { familyName: '新規' } }),
      buildMutation({ entity: 'students', recordId: otherStudent.id, baseVersion: 1, patch: { className: 'X' } }),
      buildMutation({ entity: 'students', recordId: ownStudent.id, baseVersion: 1, patch: { schoolId: schoolB } }),
      buildMutation({ entity: 'students', patch: { ...ownStudent, id: undefined, schoolId: schoolB } }),
      buildMutation({ entity: 'companies', recordId: company.id, baseVersion: 1, patch: { name: '乗っ取り株式会社' } }),
      buildMutation({ entity: 'schools', recordId: schoolA, op: 'delete', patch: {}, baseVersion: 1 }),
      buildMutation({ entity: 'schools', recordId: schoolB, baseVersion: 1, patch: { teacherInCharge: '侵入' } }),
    ];
    const res = await push(teacher, attempts);
    expect(res.applied).toEqual([]);
    expect(res.rejected).toEqual(attempts.map((m) => ({ mutationId: m.mutationId, reason: 'forbidden', details: {} })));
    expect(res.records).toEqual([]); // nothing about the refused records comes back
    expect(await recordsDump(store)).toBe(before);

    // Inside its school the same teacher works normally.
    const ok = await push(teacher, [buildMutation({ entity: 'students', recordId: ownStudent.id, baseVersion: 1, patch: { className: '3-2' } })]);
    expect(ok.applied).toHaveLength(1);
  });

  it('refuses fees to a counter and answers a replayed mutation id of another user with forbidden', async () => {
    const counter = await loginAs(t.app, 'counter');
    const fee = data.successFees[0];
    const m = fee
      ? buildMutation({ entity: 'successFees', recordId: fee.id, baseVersion: 1, patch: { amount: 1 } })
      : buildMutation({ entity: 'trialPlacements', patch: {} });
    expect((await push(counter, [m])).rejected).toEqual([{ mutationId: m.mutationId, reason: 'forbidden', details: {} }]);

    const coordinator = await loginAs(t.app, 'coordinator');
    const mine = buildMutation();
    expect((await push(coordinator, [mine])).applied).toEqual([mine.mutationId]);
    const stolen = await push(counter, [mine]);
    expect(stolen).toMatchObject({ applied: [], rejected: [{ mutationId: mine.mutationId, reason: 'forbidden' }], records: [], conflicts: [] });
  });

  it('changes the fingerprint when an admin changes a role or a school, so devices re-snapshot', async () => {
    const teacher = await loginAs(t.app, 'teacher');
    const admin = await loginAs(t.app, 'admin');
    const first = (await pull(teacher)).scopeFingerprint;
    await admin.agent.patch(`/api/admin/users/${t.users.teacher.id}`).send({ schoolId: schoolB }).expect(200);
    const moved = await pull(teacher);
    expect(moved.scopeFingerprint).not.toBe(first);
    expect(moved.changes.filter((c) => c.entity === 'students').every((c) => c.record['schoolId'] === schoolB)).toBe(true);
    await admin.agent.patch(`/api/admin/users/${t.users.teacher.id}`).send({ role: 'counter', schoolId: null }).expect(200);
    const counterNow = await pull(teacher);
    expect(new Set([first, moved.scopeFingerprint, counterNow.scopeFingerprint]).size).toBe(3);
    expect(entitiesOf(counterNow)).toEqual(['companies', 'consents', 'counsellingRecords', 'openings', 'provisions', 'seekers']);
    expect((await teacher.agent.get('/api/auth/session').expect(200)).body.scopeFingerprint).toBe(counterNow.scopeFingerprint);
    // A teacher without a school is refused by the server, not silently given everything.
    const bad = await admin.agent.patch(`/api/admin/users/${t.users.teacher.id}`).send({ role: 'teacher', schoolId: null }).expect(400);
    expect(bad.body.details).toEqual({ schoolId: 'required' });
  });

  it('tells a teacher when a student leaves its school, and names a newly used host company', async () => {
    const teacher = await loginAs(t.app, 'teacher');
    const coordinator = await loginAs(t.app, 'coordinator');
    const start = await pull(teacher);
    const student = data.students.find((s) => s.schoolId === schoolA)!;
    const unused = data.companies.find((c) => !data.internships.some((i) => i.schoolId === schoolA && i.companyId === c.id))!;
    const internship = { studentId: student.id, schoolId: schoolA, companyId: unused.id, startDate: '2026-07-01', endDate: '2026-07-03' };
    await push(coordinator, [buildMutation({ entity: 'internships', patch: internship })]);
    const next = await pull(teacher, start.cursor);
    expect(next.changes).toContainEqual({ entity: 'companies', projection: 'company-name', record: expect.objectContaining({ id: unused.id, name: unused.name }) });

    await push(coordinator, [buildMutation({ entity: 'students', recordId: student.id, baseVersion: 1, patch: { schoolId: schoolB } })]);
    const after = await pull(teacher, next.cursor);
    expect(after.removed).toEqual([{ entity: 'students', id: student.id }]);
    expect(after.changes.map((c) => c.record.id)).not.toContain(student.id);
  });

  it('keeps an audit trail: who, which device, client and server time, which fields', async () => {
    const coordinator = await loginAs(t.app, 'coordinator', { clientId: 'tablet-7' });
    const create = buildMutation({ clientTime: '2026-05-31T10:00:00.000+09:00' });
    // The body's userId is not trusted: the audit names the session's user.
    await coordinator.agent.post('/api/sync/push').send(buildPush([create], { clientId: 'tablet-7', userId: 'someone-else' })).expect(200);
    t.clock.advance(60_000);
    const edit = buildMutation({ recordId: create.recordId, baseVersion: 1, patch: { teacherInCharge: '山田' }, clientTime: '2026-05-31T10:05:00.000+09:00' });
    await push(coordinator, [edit]);
    const admin = await loginAs(t.app, 'admin');
    const entries = (await admin.agent.get(`/api/admin/audit/schools/${create.recordId}`).expect(200)).body.entries as AuditEntry[];
    expect(entries).toEqual([
      expect.objectContaining({ mutationId: create.mutationId, userId: t.users.coordinator.id, userName: 'テスト coordinator', clientId: 'tablet-7', op: 'upsert', result: 'applied', clientTime: create.clientTime, serverTime: NOW, fields: Object.keys(create.patch) }),
      expect.objectContaining({ mutationId: edit.mutationId, userId: t.users.coordinator.id, clientId: coordinator.clientId, clientTime: edit.clientTime, serverTime: '2026-06-01T00:01:00.000Z', fields: ['teacherInCharge'] }),
    ]);
    expect(JSON.stringify(entries)).not.toContain('山田'); // names of fields, never their values
  });
});
