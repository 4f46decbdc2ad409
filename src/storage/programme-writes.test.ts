import { beforeEach, describe, expect, it } from 'vitest';
import { buildCompany, buildInternshipProgramme, buildProgrammeParticipant, buildSchool, buildStudent } from '../../tests/factories';
import { deviceDbs } from '../../tests/setup/device-dbs';
import { participantId } from '../shared/ids';
import type { FieldDb } from './db';
import { readProgramme } from './programme-queries';
import { addParticipantsTo, saveSessionWith } from './programme-writes';
import { RuleError, bulkLoad } from './record-repo';

describe('the programme screens’ writes', () => {
  const newDb = deviceDbs('programme-writes');
  let db: FieldDb;
  const school = buildSchool();
  const programme = buildInternshipProgramme({ schoolId: school.id });
  const students = ['1', '2', '3'].map((n) => buildStudent({ schoolId: school.id, kind: 'high_school', grade: 2, className: `2年${n}組` }));
  const host = buildCompany({ status: 'host_registered', capacity: 2 });
  const day = { programmeId: programme.id, schoolId: school.id, kind: 'internship' as const, date: '2026-07-10', title: 'インターンシップ', startTime: '', endTime: '', place: '', companyId: host.id, notes: '' };

  beforeEach(async () => {
    db = newDb();
    await bulkLoad(db, 'schools', [school]);
    await bulkLoad(db, 'students', students);
    await bulkLoad(db, 'internshipProgrammes', [programme]);
    await bulkLoad(db, 'companies', [host]);
  });

  const liveInternships = async () => (await db.internships.toArray()).filter((i) => i.status !== 'cancelled');

  it('adds students under their derived ids, skips those already in and brings a withdrawn one back', async () => {
    await bulkLoad(db, 'programmeParticipants', [buildProgrammeParticipant({ programmeId: programme.id, studentId: students[0]!.id, schoolId: school.id, withdrawn: true })]);
    expect(await addParticipantsTo(db, programme, students.map((s) => s.id))).toBe(3);
    expect(await addParticipantsTo(db, programme, [students[1]!.id])).toBe(0);
    const rows = await db.programmeParticipants.toArray();
    expect(rows.map((r) => r.id).sort()).toEqual(students.map((s) => participantId(programme.id, s.id)).sort());
    expect(rows.every((r) => !r.withdrawn)).toBe(true);
    expect(await db.outbox.count()).toBe(3);
  });

  it('saves an internship day with one internship per student going, and moves them with the day', async () => {
    await addParticipantsTo(db, programme, students.map((s) => s.id));
    const session = await saveSessionWith(db, day, undefined, [students[0]!.id, students[1]!.id]);
    expect((await liveInternships()).map((i) => [i.studentId, i.companyId, i.startDate, i.endDate, i.programmeId])).toEqual(
      expect.arrayContaining([
        [students[0]!.id, host.id, '2026-07-10', '2026-07-10', programme.id],
        [students[1]!.id, host.id, '2026-07-10', '2026-07-10', programme.id],
      ]),
    );
    await saveSessionWith(db, { ...day, date: '2026-07-14' }, session.id, [students[1]!.id]);
    const after = await db.internships.toArray();
    expect(after).toHaveLength(2);
    expect(after.find((i) => i.studentId === students[0]!.id)?.status).toBe('cancelled');
    expect(after.find((i) => i.studentId === students[1]!.id)).toMatchObject({ startDate: '2026-07-14', status: 'planned' });
    const overview = await readProgramme(db, programme.id);
    expect(overview!.sessions[0]!.progress.roster.map((s) => s.id)).toEqual([students[1]!.id]);
  });

  it('saves nothing, not even the session, when the students going exceed the host’s capacity', async () => {
    await addParticipantsTo(db, programme, students.map((s) => s.id));
    const outbox = await db.outbox.count();
    await expect(saveSessionWith(db, day, undefined, students.map((s) => s.id))).rejects.toBeInstanceOf(RuleError);
    expect(await db.programmeSessions.count()).toBe(0);
    expect(await db.internships.count()).toBe(0);
    expect(await db.outbox.count()).toBe(outbox);
  });
});
