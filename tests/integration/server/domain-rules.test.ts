/**
 * The domain rules inside the server's push (src/domain via services/push-rules.ts), on both
 * databases: each rule refuses with reason 'rule' naming it and changes nothing; what the rules write
 * themselves (provision records, status history, a person's erasure) lands in the same transaction;
 * references are checked against the writer's scope. Every push here names the access it runs under.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoData, type DemoData } from '../../../src/shared/demo-data';
import { attendanceId, feeIdOfPlacement, programmeSettingId, provisionIdOfPlacement, participantId } from '../../../src/shared/ids';
import type { Mutation } from '../../../src/shared/mutation';
import type { PushResponse } from '../../../src/shared/sync-protocol';
import { accessFor, type Access } from '../../../sync-server/src/services/access-policy';
import { seedIfEmpty } from '../../../sync-server/src/services/seed-service';
import { createSyncService, type SyncService } from '../../../sync-server/src/services/sync-service';
import type { SqlStore } from '../../../sync-server/src/store/sql-store';
import { buildMutation, buildPush } from '../../factories/sync-factories';
import { TEST_STORE_KINDS } from '../../setup/server-stores';

const NOW = '2026-12-05T01:00:00.000Z';
const USER = '00000000-0000-4000-8000-00000000000c';

async function recordsDump(store: SqlStore): Promise<string> {
  return JSON.stringify(await store.db.selectFrom('records').selectAll().orderBy('entity').orderBy('id').execute());
}

describe.each(TEST_STORE_KINDS)('domain rules in the push on $name', (kind) => {
  let store: SqlStore;
  let service: SyncService;
  let data: DemoData;
  const coordinator = (): Access => accessFor({ userId: USER, clientId: 'device-c', role: 'coordinator', schoolId: null });
  const admin = (): Access => accessFor({ userId: USER, clientId: 'device-c', role: 'admin', schoolId: null });
  const teacherOf = (schoolId: string): Access => accessFor({ userId: USER, clientId: 'device-t', role: 'teacher', schoolId });

  beforeEach(async () => {
    store = (await kind.create()).store;
    data = generateDemoData({ seed: 5, now: NOW, seekers: 30, companies: 12, schools: 2, studentsPerSchool: 8, trialPlacements: 14 });
    // One seeker without any trial has not given consent yet (the consent tests need one).
    const untried = data.seekers.find((s) => !data.trialPlacements.some((t) => t.seekerId === s.id))!;
    data.consents = data.consents.filter((c) => c.seekerId !== untried.id);
    await seedIfEmpty(store, data, NOW);
    service = createSyncService({ store, clock: () => new Date(NOW) });
  });
  afterEach(async () => store.close());

  const push = (mutations: Mutation[], access: Access, clientId = 'device-c'): Promise<PushResponse> =>
    service.push(buildPush(mutations, { clientId, userId: access.userId }), access);
  const stored = async (entity: string, id: string) => {
    const row = await store.db.selectFrom('records').select('data').where('entity', '=', entity).where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.data) as Record<string, unknown>) : undefined;
  };
  const refusedUnchanged = async (m: Mutation, access: Access) => {
    const before = await recordsDump(store);
    const answer = await push([m], access);
    expect(answer.applied).toEqual([]);
    expect(await recordsDump(store)).toBe(before);
    return answer.rejected[0]!;
  };

  it('refuses 採用 → 提案 with the rule and both statuses, and lets an admin reopen it, recording the reopening', async () => {
    const hired = data.trialPlacements.find((p) => p.status === 'hired')!;
    const back = buildMutation({ entity: 'trialPlacements', recordId: hired.id, baseVersion: 1, patch: { status: 'proposed' } });
    expect(await refusedUnchanged(back, coordinator())).toEqual({ mutationId: back.mutationId, reason: 'rule', details: { rule: 'status-reopen', field: 'status', from: 'hired', to: 'proposed' } });
    const reopen = buildMutation({ entity: 'trialPlacements', recordId: hired.id, baseVersion: 1, patch: { status: 'in_trial' } });
    expect((await push([reopen], admin())).applied).toEqual([reopen.mutationId]);
    const history = await store.db.selectFrom('records').select('data').where('entity', '=', 'statusChanges').execute();
    expect(history.map((r) => JSON.parse(r.data) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ entity: 'trialPlacements', recordId: hired.id, from: 'hired', to: 'in_trial', reopened: true, userId: USER }),
    ]);
  });

  it('refuses a success fee for a placement that was never hired', async () => {
    const open = data.trialPlacements.find((p) => p.status !== 'hired')!;
    const fee = buildMutation({ entity: 'successFees', recordId: feeIdOfPlacement(open.id), patch: { placementId: open.id, amount: 100_000, status: 'not_invoiced', invoicedOn: '', paidOn: '' } });
    expect((await refusedUnchanged(fee, coordinator())).details).toMatchObject({ rule: 'fee-needs-hire', field: 'placementId' });
  });

  it('refuses a proposal without consent, and with consent writes the provision record in the same transaction', async () => {
    const withConsent = new Set(data.consents.filter((c) => !c.withdrawnOn).map((c) => c.seekerId));
    const seekerWithout = data.seekers.find((s) => !data.consents.some((c) => c.seekerId === s.id))!;
    const seekerWith = data.seekers.find((s) => withConsent.has(s.id))!;
    const company = data.companies.find((c) => c.status === 'active')!;
    const proposal = (seekerId: string) =>
      buildMutation({ entity: 'trialPlacements', patch: { seekerId, companyId: company.id, jobTitle: '製造補助', startDate: '2026-12-14', endDate: '2026-12-25', status: 'proposed', hiredOn: '', endReason: '', employerFeedback: '' } });
    expect((await refusedUnchanged(proposal(seekerWithout.id), coordinator())).details).toEqual({ rule: 'consent-required', field: 'companyId' });
    const ok = proposal(seekerWith.id);
    const answer = await push([ok], coordinator());
    expect(answer.applied).toEqual([ok.mutationId]);
    expect(await stored('provisions', provisionIdOfPlacement(ok.recordId))).toMatchObject({ seekerId: seekerWith.id, companyId: company.id, date: '2026-12-05', purpose: 'trial_proposal', staffUserId: USER });
    // A retried push writes the provision once.
    await push([ok], coordinator());
    const provisions = await store.db.selectFrom('records').select('id').where('entity', '=', 'provisions').where('id', '=', provisionIdOfPlacement(ok.recordId)).execute();
    expect(provisions).toHaveLength(1);
  });

  it('refuses a placement beyond an opening’s places without a reason, and takes a hire with its fee in one push (the fee reads the hire written earlier in the batch)', async () => {
    const company = data.companies.find((c) => c.status === 'active')!;
    const seekerIds = [...new Set(data.consents.filter((c) => !c.withdrawnOn && c.scope === 'all_hosts').map((c) => c.seekerId))];
    const openingId = crypto.randomUUID();
    const opening = buildMutation({ entity: 'openings', recordId: openingId, patch: { companyId: company.id, jobType: '検品', industry: company.industry, jobContent: '製品の検品', town: company.town, workplace: '', workingHours: '9:00〜15:00', workingDays: '週4日', wageUnit: 'hourly', wageAmount: 1_100, places: 1, receivedOn: '2026-12-01', validUntil: '2027-02-28', closedOn: '', notes: '' } });
    const propose = (seekerId: string, overPlacesReason = '') =>
      buildMutation({ entity: 'trialPlacements', patch: { seekerId, companyId: company.id, openingId, jobTitle: '検品', startDate: '2026-11-16', endDate: '2026-11-27', status: 'proposed', overPlacesReason } });
    const first = propose(seekerIds[0]!);
    expect((await push([opening, first], coordinator())).applied).toEqual([opening.mutationId, first.mutationId]);
    expect((await refusedUnchanged(propose(seekerIds[1]!), coordinator())).details).toEqual({ rule: 'opening-places', field: 'overPlacesReason', places: '1', taken: '1' });
    expect((await push([propose(seekerIds[1]!, '企業の希望で2名受入')], coordinator())).rejected).toEqual([]);

    const move = (baseVersion: number, patch: Record<string, unknown>) => buildMutation({ entity: 'trialPlacements', recordId: first.recordId, baseVersion, patch });
    const fee = buildMutation({ entity: 'successFees', recordId: feeIdOfPlacement(first.recordId), patch: { placementId: first.recordId, amount: 150_000, status: 'not_invoiced', invoicedOn: '', paidOn: '', note: '' } });
    const steps = [move(1, { status: 'arranging' }), move(2, { status: 'in_trial' }), move(3, { status: 'hired', hiredOn: '2026-12-01', employmentType: 'regular' }), fee];
    expect((await push(steps, coordinator())).applied).toEqual(steps.map((m) => m.mutationId));
    expect(await stored('successFees', fee.recordId)).toMatchObject({ placementId: first.recordId, amount: 150_000 });
  });

  it('lets only an admin write the programme settings', async () => {
    const setting = (fiscalYear: number) => buildMutation({ entity: 'programmeSettings', recordId: programmeSettingId(fiscalYear), patch: { fiscalYear, successFeeAmount: 200_000, programmeCost: 26_319_000 } });
    expect((await refusedUnchanged(setting(2030), coordinator())).details).toEqual({ rule: 'writer-role', field: '_' });
    const ok = setting(2030);
    expect((await push([ok], admin())).applied).toEqual([ok.mutationId]);
  });

  it('refuses a device’s own write of a provision record', async () => {
    const forged = buildMutation({ entity: 'provisions', patch: { seekerId: data.seekers[0]!.id, companyId: data.companies[0]!.id, date: '2026-12-01', purpose: 'referral', items: ['name'], placementId: '', staffUserId: 'x' } });
    expect((await refusedUnchanged(forged, admin())).details).toEqual({ rule: 'server-written', field: '_' });
  });

  it('refuses a birth date in the future', async () => {
    const seeker = data.seekers[0]!;
    const m = buildMutation({ entity: 'seekers', recordId: seeker.id, baseVersion: 1, patch: { birthDate: '2030-04-01' } });
    expect((await refusedUnchanged(m, coordinator())).details).toEqual({ rule: 'birth-date-range', field: 'birthDate', min: '15', max: '100' });
  });

  it('refuses a teacher naming another school’s session or student, and its own teacher can still mark the pair', async () => {
    const [schoolA, schoolB] = data.schools.map((s) => s.id) as [string, string];
    const sessionB = data.programmeSessions.find((s) => s.schoolId === schoolB && s.kind !== 'internship')!;
    const studentB = data.students.find((s) => data.programmeParticipants.some((p) => p.programmeId === sessionB.programmeId && p.studentId === s.id))!;
    const studentA = data.students.find((s) => s.schoolId === schoolA)!;
    const mark = (sessionId: string, studentId: string, schoolId: string) =>
      buildMutation({ entity: 'attendance', recordId: attendanceId(sessionId, studentId), patch: { sessionId, studentId, schoolId, mark: 'absent', note: '' } });
    // Carries its own school's id, names school B's session and student.
    const hostile = mark(sessionB.id, studentB.id, schoolA);
    const refused = await refusedUnchanged(hostile, teacherOf(schoolA));
    expect(refused.reason).toBe('forbidden');
    expect((await refusedUnchanged(mark(sessionB.id, studentA.id, schoolA), teacherOf(schoolA))).reason).toBe('forbidden');
    const own = mark(sessionB.id, studentB.id, schoolB);
    expect((await push([own], teacherOf(schoolB), 'device-t2')).applied).toEqual([own.mutationId]);
  });

  it('refuses a teacher’s internship at a company that is not a host, so no company name reaches the teacher', async () => {
    const schoolA = data.schools[0]!.id;
    const student = data.students.find((s) => s.schoolId === schoolA)!;
    const prospect = data.companies.find((c) => c.status === 'prospect' || c.status === 'visited')!;
    const m = buildMutation({ entity: 'internships', patch: { studentId: student.id, schoolId: schoolA, companyId: prospect.id, programmeId: '', startDate: '2026-12-20', endDate: '2026-12-21', status: 'planned', notes: '' } });
    const refused = await refusedUnchanged(m, teacherOf(schoolA));
    expect(refused).toMatchObject({ reason: 'forbidden', details: { rule: 'reference-missing', field: 'companyId' } });
  });

  it('creates a mark under its derived id, clears it instead of deleting, and ends in the later mark', async () => {
    const schoolA = data.schools[0]!.id;
    const session = data.programmeSessions.find((s) => s.schoolId === schoolA && s.kind === 'pre_learning' && s.date > '2026-12-05') ?? data.programmeSessions.find((s) => s.schoolId === schoolA && s.kind === 'pre_learning')!;
    // A student joining the programme late: added as a participant in the same push as the first mark.
    const student = data.students.find((s) => s.schoolId === schoolA && !data.programmeParticipants.some((p) => p.programmeId === session.programmeId && p.studentId === s.id))!;
    const joins = buildMutation({
      entity: 'programmeParticipants',
      recordId: participantId(session.programmeId, student.id),
      patch: { programmeId: session.programmeId, studentId: student.id, schoolId: schoolA, withdrawn: false },
    });
    const id = attendanceId(session.id, student.id);
    const at = (mark: string, baseVersion: number) => buildMutation({ entity: 'attendance', recordId: id, baseVersion, patch: { sessionId: session.id, studentId: student.id, schoolId: schoolA, mark, note: '' } });
    const teacher = teacherOf(schoolA);
    expect((await push([at('present', 0)], teacher)).rejected).toMatchObject([{ details: { rule: 'attendance-not-assigned' } }]);
    expect((await push([joins, at('present', 0)], teacher)).rejected).toEqual([]);
    const del = buildMutation({ entity: 'attendance', recordId: id, op: 'delete', baseVersion: 1, patch: { deleted: true } });
    expect((await refusedUnchanged(del, teacher)).details).toEqual({ rule: 'not-deletable', field: '_' });
    expect((await push([at('', 1), at('late', 2)], teacher)).rejected).toEqual([]);
    expect(await stored('attendance', id)).toMatchObject({ mark: 'late', deleted: false, version: 3 });
    const wrongId = buildMutation({ entity: 'attendance', patch: { sessionId: session.id, studentId: student.id, schoolId: schoolA, mark: 'present', note: '' } });
    expect((await refusedUnchanged(wrongId, teacher)).details).toEqual({ rule: 'derived-id', field: '_' });
  });

  it('erases a deleted seeker’s personal data everywhere in the same transaction, keeping the statistical facts', async () => {
    const placement = data.trialPlacements.find((p) => data.checkIns.some((c) => c.placementId === p.id) && data.counsellingRecords.some((c) => c.seekerId === p.seekerId))!;
    const seekerId = placement.seekerId;
    const counselling = data.counsellingRecords.filter((c) => c.seekerId === seekerId);
    const checkIns = data.checkIns.filter((c) => c.placementId === placement.id);
    // An open conflict holding the seeker's values must lose them too.
    const clash = [
      buildMutation({ entity: 'seekers', recordId: seekerId, baseVersion: 1, patch: { notes: '片方の端末' } }),
      buildMutation({ entity: 'seekers', recordId: seekerId, baseVersion: 1, patch: { notes: 'もう片方の端末' } }),
    ];
    await push([clash[0]!], coordinator(), 'device-a');
    expect((await push([clash[1]!], coordinator(), 'device-b')).conflicts).toHaveLength(1);

    const del = buildMutation({ entity: 'seekers', recordId: seekerId, op: 'delete', baseVersion: 3, patch: { deleted: true } });
    expect((await push([del], coordinator())).applied).toEqual([del.mutationId]);

    expect(await stored('seekers', seekerId)).toMatchObject({ deleted: true, familyName: '', givenName: '', familyNameKana: '', phone: '', address: '', notes: '' });
    for (const c of counselling) expect(await stored('counsellingRecords', c.id)).toMatchObject({ deleted: true, summary: '', nextAction: '' });
    for (const c of checkIns) expect(await stored('checkIns', c.id)).toMatchObject({ deleted: true, note: '' });
    expect(await stored('trialPlacements', placement.id)).toMatchObject({ deleted: false, status: placement.status, startDate: placement.startDate, employerFeedback: '' });
    const conflicts = await store.db.selectFrom('conflicts').selectAll().where('record_id', '=', seekerId).execute();
    expect(conflicts.map((c) => [c.server_value, c.losing_value, c.resolved])).toEqual([['null', 'null', 1]]);
    // A device that still edits the seeker offline is refused, not merged into a conflict with values.
    const late = buildMutation({ entity: 'seekers', recordId: seekerId, baseVersion: 1, patch: { phone: '09012345678' } });
    expect((await refusedUnchanged(late, coordinator())).details).toEqual({ rule: 'erased', field: '_' });
    const restore = buildMutation({ entity: 'seekers', recordId: seekerId, op: 'restore', baseVersion: 4, patch: {} });
    expect((await refusedUnchanged(restore, admin())).details).toEqual({ rule: 'not-restorable', field: '_' });
  });

  it('lets a coordinator restore a deleted visit, and not counter staff', async () => {
    const visit = data.companyVisits[0]!;
    await push([buildMutation({ entity: 'companyVisits', recordId: visit.id, op: 'delete', baseVersion: 1, patch: { deleted: true } })], coordinator());
    const restore = (access: Access) => push([buildMutation({ entity: 'companyVisits', recordId: visit.id, op: 'restore', baseVersion: 2, patch: {} })], access);
    const counter = accessFor({ userId: USER, clientId: 'device-k', role: 'counter', schoolId: null });
    expect((await restore(counter)).rejected[0]?.reason).toBe('forbidden');
    expect((await restore(coordinator())).rejected).toEqual([]);
    expect(await stored('companyVisits', visit.id)).toMatchObject({ deleted: false, version: 3, notes: visit.notes });
  });
});
