import { describe, expect, it } from 'vitest';
import { classChoices, gradesOf, sessionProgress, studentsToAdd } from './programme-roster';

const student = (id: string, grade: number, className: string, number: number | null = null, kind = 'high_school') => ({ id, kind, grade, className, number, familyNameKana: 'ア', givenNameKana: 'ア' });

const students = [
  student('a1', 2, '2年1組', 2),
  student('a2', 2, '2年1組', 1),
  student('b1', 2, '2年2組', 1),
  student('j1', 2, '2年10組', 1),
  student('n1', 2, ''),
  student('c1', 3, '3年1組', 1),
  student('u1', 2, '', null, 'university'),
];

describe('adding classes to a programme', () => {
  it('offers the grades that have high-school students', () => {
    expect(gradesOf(students)).toEqual([2, 3]);
  });

  it('lists a grade’s classes in numeric order with how many a tap would add', () => {
    const participants = [{ studentId: 'a1', withdrawn: false }, { studentId: 'b1', withdrawn: true }];
    expect(classChoices(students, participants, 2)).toEqual([
      { className: '', students: 1, toAdd: 1 },
      { className: '2年1組', students: 2, toAdd: 1 },
      { className: '2年2組', students: 1, toAdd: 0 },
      { className: '2年10組', students: 1, toAdd: 1 },
    ]);
  });

  it('adds the ticked classes’ students not yet on the roster, in class-list order, and never a withdrawn one', () => {
    const participants = [{ studentId: 'b1', withdrawn: true }];
    expect(studentsToAdd(students, participants, 2, ['2年1組', '2年2組']).map((s) => s.id)).toEqual(['a2', 'a1']);
  });

  it('adds nothing of another grade, nor a university student without a class', () => {
    expect(studentsToAdd(students, [], 3, ['2年1組'])).toEqual([]);
    expect(studentsToAdd(students, [], 2, ['']).map((s) => s.id)).toEqual(['n1']);
  });
});

describe('a session’s progress', () => {
  const session = { id: 's', programmeId: 'p', kind: 'pre_learning', date: '2026-06-10', companyId: '' };
  const participants = ['a1', 'a2', 'b1'].map((studentId) => ({ studentId, withdrawn: false }));

  it('counts the roster’s marks and the students still unmarked', () => {
    const progress = sessionProgress(session, students, participants, [], [
      { studentId: 'a1', mark: 'present' },
      { studentId: 'a2', mark: 'absent' },
      { studentId: 'b1', mark: '' },
    ]);
    expect(progress.roster.map((s) => s.id)).toEqual(['a2', 'a1', 'b1']);
    expect(progress).toMatchObject({ marked: 2, missing: 1 });
    expect(progress.tally.rate).toBe(0.5);
    expect(progress.marks.get('a1')).toBe('present');
  });

  it('keeps a marked student who has left the roster since, and counts them', () => {
    const progress = sessionProgress(session, students, participants, [], [{ studentId: 'c1', mark: 'present' }]);
    expect(progress.roster.map((s) => s.id)).toContain('c1');
    expect(progress).toMatchObject({ marked: 1, missing: 3 });
  });
});
