/**
 * Taking attendance on the device: a tap moves the stored mark on, 全員出席 marks only the unmarked in
 * one transaction, a note keeps the mark, every write is a derived-id record with its outbox entry,
 * and the screen's read gives the roster in class order with the session's and each student's tally.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildInternshipProgramme, buildProgrammeParticipant, buildProgrammeSession, buildSchool, buildStudent } from '../../tests/factories';
import { deviceDbs } from '../../tests/setup/device-dbs';
import { attendanceId } from '../shared/ids';
import type { Student } from '../shared/entities';
import { readSessionAttendance } from './attendance-queries';
import { cycleMark, markUnmarkedPresent, saveAttendanceNote } from './attendance-writes';
import type { FieldDb } from './db';
import { bulkLoad } from './record-repo';
import { readTeacherHome } from './teacher-queries';

const NOW = new Date('2026-12-05T10:00:00+09:00');

describe('taking attendance on the device', () => {
  const newDb = deviceDbs('attendance');
  let db: FieldDb;
  let students: Student[];
  const school = buildSchool();
  const programme = buildInternshipProgramme({ schoolId: school.id, fiscalYear: 2026 });
  const session = buildProgrammeSession({ programmeId: programme.id, schoolId: school.id, kind: 'pre_learning', date: '2026-12-05', companyId: '' });
  const pair = (s: Student) => ({ sessionId: session.id, studentId: s.id, schoolId: school.id });

  beforeEach(async () => {
    db = newDb();
    // Numbers out of order on purpose, and one student of the school who is not in the programme.
    students = [3, 1, 2].map((number) => buildStudent({ schoolId: school.id, grade: 2, className: '2年1組', number }));
    const outsider = buildStudent({ schoolId: school.id, grade: 2, className: '2年2組', number: 1 });
    await bulkLoad(db, 'schools', [school]);
    await bulkLoad(db, 'internshipProgrammes', [programme]);
    await bulkLoad(db, 'programmeSessions', [session]);
    await bulkLoad(db, 'students', [...students, outsider]);
    await bulkLoad(db, 'programmeParticipants', students.map((s) => buildProgrammeParticipant({ programmeId: programme.id, studentId: s.id, schoolId: school.id })));
  });

  it('lists the roster by number, every student unmarked, and leaves out students not in the programme', async () => {
    const read = await readSessionAttendance(db, session.id);
    expect(read?.rows.map((r) => r.student.number)).toEqual([1, 2, 3]);
    expect(read?.rows.every((r) => r.mark === '')).toBe(true);
    expect(read).toMatchObject({ unmarked: 3, tally: { rate: null } });
  });

  it('moves the stored mark on with each tap, through every mark and back to unmarked, one outbox entry per tap', async () => {
    const [first] = students;
    const seen = [];
    for (let i = 0; i < 6; i++) seen.push(await cycleMark(db, pair(first!), NOW));
    expect(seen).toEqual(['present', 'absent', 'late', 'left_early', 'excused', '']);
    expect(await db.attendance.get(attendanceId(session.id, first!.id))).toMatchObject({ mark: '', deleted: false });
    expect(await db.outbox.where('[entity+recordId]').equals(['attendance', attendanceId(session.id, first!.id)]).count()).toBe(6);
  });

  it('marks only the unmarked present with 全員出席, keeping a mark already given, and keeps a note with its mark', async () => {
    const [a, b] = students;
    await cycleMark(db, pair(a!), NOW);
    await cycleMark(db, pair(a!), NOW); // 欠席
    await saveAttendanceNote(db, pair(a!), '体調不良', NOW);
    expect(await markUnmarkedPresent(db, session, students.map((s) => s.id), NOW)).toBe(2);
    expect(await markUnmarkedPresent(db, session, students.map((s) => s.id), NOW)).toBe(0);
    expect(await db.attendance.get(attendanceId(session.id, a!.id))).toMatchObject({ mark: 'absent', note: '体調不良' });
    expect((await db.attendance.get(attendanceId(session.id, b!.id)))?.mark).toBe('present');
    const read = await readSessionAttendance(db, session.id);
    expect(read).toMatchObject({ unmarked: 0, tally: { present: 2, absent: 1, attended: 2, counted: 3 } });
    expect(read?.rows.find((r) => r.student.id === b!.id)?.studentTally.rate).toBe(1);
  });

  it('refuses a mark for a student who is not on the roster and stores nothing', async () => {
    const outsider = (await db.students.toArray()).find((s) => s.className === '2年2組')!;
    await expect(cycleMark(db, { sessionId: session.id, studentId: outsider.id, schoolId: school.id }, NOW)).rejects.toMatchObject({ violation: { rule: 'attendance-not-assigned' } });
    expect(await db.attendance.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it("puts today's session on the teacher's home with how many are still unmarked", async () => {
    await cycleMark(db, pair(students[0]!), NOW);
    const home = await readTeacherHome(db, school.id, '2026-12-05');
    expect(home.agenda.today).toMatchObject([{ session: { id: session.id }, rosterSize: 3, marked: 1, missing: 2 }]);
    const later = await readTeacherHome(db, school.id, '2026-12-10');
    expect(later.agenda.pastIncomplete).toMatchObject([{ session: { id: session.id }, missing: 2 }]);
  });
});
