import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildAttendance,
  buildInternship,
  buildInternshipProgramme,
  buildProgrammeParticipant,
  buildProgrammeSession,
  buildSchool,
  buildStudent,
} from '../../tests/factories';
import { deviceDbs } from '../../tests/setup/device-dbs';
import type { FieldDb } from './db';
import { listSchoolRows, listSchoolStudents, schoolMarks, studentProgrammes, studentSessions } from './school-screen-queries';
import { withSearchFields } from './search-fields';

describe('school screen queries', () => {
  const newDb = deviceDbs('school-screens');
  let db: FieldDb;
  beforeEach(() => {
    db = newDb();
  });

  it('finds live schools by reading typed in hiragana or half-width kana, in reading order', async () => {
    const higashikawa = buildSchool({ name: '東川高等学校', nameKana: 'ヒガシカワコウトウガッコウ', town: 'higashikawa' });
    const asahikawa = buildSchool({ name: '旭川東高等学校', nameKana: 'アサヒカワヒガシコウトウガッコウ', town: 'asahikawa' });
    const gone = { ...buildSchool({ name: '旭川北高等学校', nameKana: 'アサヒカワキタコウトウガッコウ' }), deleted: true };
    await db.schools.bulkPut([higashikawa, asahikawa, gone].map((s) => withSearchFields('schools', s)));
    expect((await listSchoolRows(db, {})).map((s) => s.id)).toEqual([asahikawa.id, higashikawa.id]);
    expect((await listSchoolRows(db, { text: 'ひがし' })).map((s) => s.id)).toEqual([asahikawa.id, higashikawa.id]);
    expect((await listSchoolRows(db, { text: 'ｱｻﾋｶﾜ' })).map((s) => s.id)).toEqual([asahikawa.id]);
    expect((await listSchoolRows(db, { text: '東川' })).map((s) => s.id)).toEqual([higashikawa.id]);
    expect((await listSchoolRows(db, { town: 'higashikawa' })).map((s) => s.id)).toEqual([higashikawa.id]);
  });

  it("lists a school's live students in class-list order and finds them by reading in any kana", async () => {
    const school = buildSchool();
    const base = { schoolId: school.id, kind: 'high_school' as const, grade: 2 };
    const second = buildStudent({ ...base, className: '2年1組', number: 2, familyName: '佐藤', familyNameKana: 'サトウ' });
    const first = buildStudent({ ...base, className: '2年1組', number: 1, familyName: '山田', familyNameKana: 'ヤマダ' });
    const otherClass = buildStudent({ ...base, className: '2年2組', number: 1 });
    const gone = { ...buildStudent({ ...base }), deleted: true };
    const elsewhere = buildStudent({ familyNameKana: 'ヤマダ' });
    await db.students.bulkPut([second, first, otherClass, gone, elsewhere].map((s) => withSearchFields('students', s)));
    expect((await listSchoolStudents(db, school.id)).map((s) => s.id)).toEqual([first.id, second.id, otherClass.id]);
    expect((await listSchoolStudents(db, school.id, 'やまだ')).map((s) => s.id)).toEqual([first.id]);
    expect((await listSchoolStudents(db, school.id, 'ｻﾄｳ')).map((s) => s.id)).toEqual([second.id]);
  });

  it("counts a school's marks but not those of deleted sessions or students", async () => {
    const school = buildSchool();
    const student = buildStudent({ schoolId: school.id });
    const gone = { ...buildStudent({ schoolId: school.id }), deleted: true };
    const session = buildProgrammeSession({ schoolId: school.id });
    const cancelled = { ...buildProgrammeSession({ schoolId: school.id }), deleted: true };
    await db.students.bulkPut([student, gone]);
    await db.programmeSessions.bulkPut([session, cancelled]);
    await db.attendance.bulkPut([
      buildAttendance({ schoolId: school.id, sessionId: session.id, studentId: student.id, mark: 'late' }),
      buildAttendance({ schoolId: school.id, sessionId: session.id, studentId: gone.id, mark: 'absent' }),
      buildAttendance({ schoolId: school.id, sessionId: cancelled.id, studentId: student.id, mark: 'absent' }),
    ]);
    expect(await schoolMarks(db, school.id)).toEqual(['late']);
  });

  it("lists a student's marked sessions and the past ones of the student's programmes nobody marked, latest first", async () => {
    const student = buildStudent();
    const programme = buildInternshipProgramme({ schoolId: student.schoolId });
    const session = (date: string, kind: 'pre_learning' | 'internship' = 'pre_learning') =>
      buildProgrammeSession({ programmeId: programme.id, schoolId: student.schoolId, date, kind, companyId: '' });
    const marked = session('2026-05-10');
    const unmarked = session('2026-06-10');
    const future = session('2026-12-10');
    const internshipDay = session('2026-07-10', 'internship');
    await db.programmeSessions.bulkPut([marked, unmarked, future, internshipDay]);
    await db.programmeParticipants.put(buildProgrammeParticipant({ programmeId: programme.id, studentId: student.id, schoolId: student.schoolId }));
    await db.attendance.put(buildAttendance({ sessionId: marked.id, studentId: student.id, schoolId: student.schoolId, mark: 'present', note: '' }));
    // No internship covers the internship day: the student was not on its roster.
    await db.internships.put(buildInternship({ studentId: student.id, programmeId: programme.id, startDate: '2026-08-01', endDate: '2026-08-03', status: 'planned' }));
    const rows = await studentSessions(db, student.id, '2026-09-01');
    expect(rows.map((r) => [r.sessionId, r.mark])).toEqual([
      [unmarked.id, ''],
      [marked.id, 'present'],
    ]);
  });

  it('lists the programmes a student takes part in, withdrawn ones marked, latest year first', async () => {
    const student = buildStudent();
    const older = buildInternshipProgramme({ fiscalYear: 2025 });
    const current = buildInternshipProgramme({ fiscalYear: 2026 });
    await db.internshipProgrammes.bulkPut([older, current]);
    await db.programmeParticipants.bulkPut([
      buildProgrammeParticipant({ programmeId: older.id, studentId: student.id, withdrawn: true }),
      buildProgrammeParticipant({ programmeId: current.id, studentId: student.id }),
    ]);
    expect((await studentProgrammes(db, student.id)).map((p) => [p.id, p.withdrawn])).toEqual([
      [current.id, false],
      [older.id, true],
    ]);
  });
});
