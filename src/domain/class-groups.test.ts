import { describe, expect, it } from 'vitest';
import { groupByClass } from './class-groups';

const student = (id: string, grade: number, className: string, number: number | null, kana = 'ア') => ({
  id,
  grade,
  className,
  number,
  familyNameKana: kana,
  givenNameKana: '',
});

describe('groupByClass', () => {
  it('groups students by grade and class, in class-list order whatever order they came in', () => {
    const groups = groupByClass([
      student('c', 2, '10組', 1),
      student('a', 1, '3組', 2),
      student('b', 2, '2組', null, 'イ'),
      student('d', 2, '2組', 5),
      student('e', 1, '3組', 1),
    ]);
    expect(groups.map((g) => [g.grade, g.className, g.students.map((s) => s.id)])).toEqual([
      [1, '3組', ['e', 'a']],
      [2, '2組', ['d', 'b']],
      [2, '10組', ['c']],
    ]);
  });

  it('keeps the same class name of two grades apart', () => {
    const groups = groupByClass([student('a', 1, '1組', 1), student('b', 2, '1組', 1)]);
    expect(groups).toHaveLength(2);
  });

  it('gives no groups for no students', () => {
    expect(groupByClass([])).toEqual([]);
  });
});
