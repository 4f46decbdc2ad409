import { describe, expect, it } from 'vitest';
import { compareStudents, interestShift, isOnRoster, nextMark, sessionRoster, tallyMarks, teacherAgenda, type MarkOrNone } from './school-programme';

const student = (id: string, grade: number, className: string, number: number | null, kana = 'ア') => ({ id, grade, className, number, familyNameKana: kana, givenNameKana: 'ア' });
const classDay = { id: 's1', programmeId: 'p', kind: 'pre_learning', date: '2026-06-10', companyId: '' };
const internDay = { id: 's2', programmeId: 'p', kind: 'internship', date: '2026-07-10', companyId: 'c1' };
const internship = (studentId: string, companyId = 'c1', status = 'planned') => ({ studentId, companyId, programmeId: 'p', startDate: '2026-07-09', endDate: '2026-07-11', status });

describe('a session’s roster', () => {
  const students = [student('b', 2, '2年2組', 1), student('a', 2, '2年1組', 2), student('c', 2, '2年10組', 1), student('d', 2, '2年1組', 1)];
  const participants = ['a', 'b', 'c', 'd'].map((studentId) => ({ studentId, withdrawn: studentId === 'c' }));

  it('lists a class day’s participants in class and number order, withdrawn ones left out', () => {
    expect(sessionRoster(classDay, students, participants, []).map((s) => s.id)).toEqual(['d', 'a', 'b']);
  });

  it('lists on an internship day only the participants placed at its host that day', () => {
    const internships = [internship('a'), internship('b', 'c2'), internship('d', 'c1', 'cancelled')];
    expect(sessionRoster(internDay, students, participants, internships).map((s) => s.id)).toEqual(['a']);
    expect(isOnRoster('a', internDay, participants, internships)).toBe(true);
    expect(isOnRoster('b', internDay, participants, internships)).toBe(false);
    expect(isOnRoster('b', { ...internDay, companyId: '' }, participants, internships)).toBe(true);
  });

  it('keeps a student who was marked and has left the programme since', () => {
    expect(sessionRoster(classDay, students, participants, [], new Set(['c'])).map((s) => s.id)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('orders classes numerically (2組 before 10組) and students without a number last', () => {
    const sorted = [student('x', 1, '1組', null), student('y', 1, '10組', 1), student('z', 1, '1組', 3)].sort(compareStudents);
    expect(sorted.map((s) => s.id)).toEqual(['z', 'x', 'y']);
  });
});

describe('marks', () => {
  it('cycles with one tap through every mark and back to unmarked', () => {
    const seen: MarkOrNone[] = [];
    let mark: MarkOrNone = '';
    for (let i = 0; i < 6; i++) seen.push((mark = nextMark(mark)));
    expect(seen).toEqual(['present', 'absent', 'late', 'left_early', 'excused', '']);
  });

  it('counts late and early leavers as attended and leaves 公欠 and unmarked out of the rate', () => {
    const tally = tallyMarks(['present', 'present', 'late', 'left_early', 'absent', 'excused', '']);
    expect(tally).toMatchObject({ present: 2, late: 1, left_early: 1, absent: 1, excused: 1, attended: 4, counted: 5 });
    expect(tally.rate).toBeCloseTo(0.8);
    expect(tallyMarks(['excused', '']).rate).toBeNull();
  });
});

describe('the teacher’s agenda', () => {
  const sessions = [
    { id: 'old-year', date: '2026-03-20' },
    { id: 'past-done', date: '2026-06-01' },
    { id: 'past-open', date: '2026-07-01' },
    { id: 'past-open-later', date: '2026-11-01' },
    { id: 'today', date: '2026-12-05' },
    { id: 'later', date: '2027-01-20' },
    { id: 'soon', date: '2026-12-10' },
  ];
  const counts = (s: { id: string }) => ({ rosterSize: 30, marked: s.id === 'past-done' ? 30 : s.id.startsWith('past-open') ? 18 : 0 });

  it('puts today first, then upcoming soonest first, then past incomplete sessions latest first, this fiscal year only', () => {
    const agenda = teacherAgenda(sessions, '2026-12-05', counts);
    expect(agenda.today.map((i) => i.session.id)).toEqual(['today']);
    expect(agenda.upcoming.map((i) => i.session.id)).toEqual(['soon', 'later']);
    expect(agenda.pastIncomplete.map((i) => [i.session.id, i.missing])).toEqual([
      ['past-open-later', 12],
      ['past-open', 12],
    ]);
  });
});

describe('interest in working locally', () => {
  it('averages before and after over the records that have both', () => {
    expect(interestShift([{ interestBefore: 2, interestAfter: 4 }, { interestBefore: 3, interestAfter: 4 }, { interestBefore: null, interestAfter: 5 }])).toEqual({ before: 2.5, after: 4, count: 2 });
    expect(interestShift([])).toBeNull();
  });
});
