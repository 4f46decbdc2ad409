/**
 * What several people add offline survives: three simulated devices add check-ins and consents (records
 * of their own) and mark attendance (one record per session × student, derived id) at the same time,
 * then push in every order, some answers lost and the batches sent again. Every addition ends on the
 * server exactly once, and an attendance mark cleared and marked again ends in the later mark.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { attendanceId, participantId } from '../../../src/shared/ids';
import type { Mutation } from '../../../src/shared/mutation';
import { seedIfEmpty } from '../../../sync-server/src/services/seed-service';
import { createSyncService } from '../../../sync-server/src/services/sync-service';
import { createSqlStore, type SqlStore } from '../../../sync-server/src/store/sql-store';
import { buildConsent, buildSeeker, buildStudent, buildTrialPlacement } from '../../factories';
import { SimDevice } from './sim-device';

const NOW = '2026-12-05T01:00:00.000Z';
const PERMUTATIONS = [
  [0, 1, 2],
  [0, 2, 1],
  [1, 0, 2],
  [1, 2, 0],
  [2, 0, 1],
  [2, 1, 0],
];

describe('concurrent additions from three devices', () => {
  let store: SqlStore;
  afterEach(async () => store.close());

  it.each(PERMUTATIONS.flatMap((order) => [false, true].map((lost) => ({ order, lost }))))('all survive, once each (push order $order, first answer lost: $lost)', async ({ order, lost }) => {
    store = await createSqlStore({ sqliteFile: ':memory:' });
    const seeker = buildSeeker();
    const placement = buildTrialPlacement({ seekerId: seeker.id, status: 'hired' });
    const schoolId = crypto.randomUUID();
    const programmeId = crypto.randomUUID();
    const sessionId = crypto.randomUUID();
    const students = [0, 1, 2].map(() => buildStudent({ schoolId }));
    const meta = { createdAt: NOW, updatedAt: NOW, version: 0, deleted: false };
    await seedIfEmpty(
      store,
      {
        seekers: [seeker],
        trialPlacements: [placement],
        consents: [buildConsent({ seekerId: seeker.id })],
        schools: [{ id: schoolId, name: '旭川北高校', nameKana: 'アサヒカワキタ', town: 'asahikawa', teacherInCharge: '佐藤', phone: '', ...meta }],
        internshipProgrammes: [{ id: programmeId, schoolId, fiscalYear: 2026, title: '令和8年度', ...meta }],
        programmeSessions: [{ id: sessionId, programmeId, schoolId, kind: 'pre_learning', date: '2026-12-04', title: '事前学習', ...meta }],
        students,
        programmeParticipants: students.map((s) => ({ id: participantId(programmeId, s.id), programmeId, studentId: s.id, schoolId, withdrawn: false, ...meta })),
      },
      NOW,
    );
    const service = createSyncService({ store, clock: () => new Date(NOW) });
    const devices = ['dev-a', 'dev-b', 'dev-c'].map((c) => new SimDevice(c, service, () => crypto.randomUUID()));
    const added: Mutation[] = [];
    devices.forEach((d, i) => {
      for (let n = 0; n < 3; n++)
        added.push(d.write('upsert', crypto.randomUUID(), { placementId: placement.id, date: '2026-12-04', staffName: `職員${i}`, note: `確認 ${i}-${n}` }, 'checkIns'));
      added.push(d.write('upsert', crypto.randomUUID(), { seekerId: seeker.id, date: '2026-12-04', takenBy: `職員${i}`, method: 'oral', scope: 'all_hosts', companyIds: [], withdrawnOn: '', note: '' }, 'consents'));
    });
    const mark = (d: SimDevice, student: number, value: string) =>
      d.write('upsert', attendanceId(sessionId, students[student]!.id), { sessionId, studentId: students[student]!.id, schoolId, mark: value, note: '' }, 'attendance');
    // Every device marks student 0; device b clears student 1's mark and marks again; c marks student 2.
    devices.forEach((d) => mark(d, 0, ['present', 'late', 'absent'][devices.indexOf(d)]!));
    mark(devices[1]!, 1, 'present');
    mark(devices[1]!, 1, '');
    mark(devices[1]!, 1, 'left_early');
    mark(devices[2]!, 2, 'excused');

    const received: string[] = [];
    for (const [i, index] of order.entries()) {
      const d = devices[index]!;
      const batch = await d.push(d.outbox.length, lost && i === 0);
      expect(batch?.response.rejected).toEqual([]);
      received.push(d.clientId);
    }
    // The device whose answer was lost sends the same batch again, after the others.
    for (const d of devices) if (d.outbox.length > 0) await d.push(d.outbox.length, false);
    for (const d of devices) await d.pull(1000);

    const rows = await store.db.selectFrom('records').select(['entity', 'id', 'data']).execute();
    const byEntity = (e: string) => rows.filter((r) => r.entity === e).map((r) => JSON.parse(r.data) as Record<string, unknown>);
    for (const m of added) expect(rows.some((r) => r.entity === m.entity && r.id === m.recordId), `${m.entity} ${m.recordId}`).toBe(true);
    expect(byEntity('checkIns')).toHaveLength(9);
    expect(byEntity('consents')).toHaveLength(4);
    for (const record of [...byEntity('checkIns'), ...byEntity('consents').filter((c) => c['takenBy'] !== undefined && String(c['takenBy']).startsWith('職員'))]) expect(record['version']).toBe(1);
    const applied = await store.db.selectFrom('applied_mutations').select('mutation_id').execute();
    expect(new Set(applied.map((a) => a.mutation_id)).size).toBe(applied.length);

    const marks = new Map(byEntity('attendance').map((a) => [a['studentId'], a['mark']]));
    // The pair all three marked keeps the mark of the device the server heard last; a resent batch
    // whose answer was lost is a replay, applied the first time only.
    const lastDevice = received[received.length - 1]!;
    expect(marks.get(students[0]!.id)).toBe({ 'dev-a': 'present', 'dev-b': 'late', 'dev-c': 'absent' }[lastDevice]);
    expect(marks.get(students[1]!.id)).toBe('left_early');
    expect(marks.get(students[2]!.id)).toBe('excused');
    for (const d of devices) expect(d.outbox).toEqual([]);
    for (const d of devices) for (const a of byEntity('attendance')) expect(d.records.get(String(a['id']))?.['mark']).toBe(a['mark']);
  });
});
