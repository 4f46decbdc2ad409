import { describe, expect, it } from 'vitest';
import { classNameStyle, fullClassName, studentNameKey, studentSeatKey, type StudentIdentity } from './student-identity';

const student = (overrides: Partial<StudentIdentity> = {}): StudentIdentity => ({
  grade: 2,
  className: '2年1組',
  number: 3,
  familyName: '髙橋',
  givenName: '一郎',
  familyNameKana: 'タカハシ',
  givenNameKana: 'イチロウ',
  ...overrides,
});

describe('fullClassName', () => {
  it.each([
    ['1', '2年1組'],
    ['１', '2年1組'],
    ['1組', '2年1組'],
    ['１組', '2年1組'],
    ['01', '2年1組'],
    ['2年1組', '2年1組'],
    ['２年１組', '2年1組'],
    ['2-1', '2年1組'],
    ['a', '2年A組'],
    ['Ａ組', '2年A組'],
    [' 1 組 ', '2年1組'],
  ])('writes %s as %s for a second-year student', (written, full) => {
    expect(fullClassName(2, written, 'with-grade')).toBe(full);
  });

  it('writes the class alone for a school that does', () => {
    expect(fullClassName(2, '2年3組', 'class-only')).toBe('3組');
    expect(fullClassName(2, 'Ａ', 'class-only')).toBe('A組');
  });

  it('keeps a class naming another grade, or written another way, as written', () => {
    expect(fullClassName(2, '3年1組', 'with-grade')).toBe('3年1組');
    expect(fullClassName(2, '普通科 Ａ', 'with-grade')).toBe('普通科A');
    expect(fullClassName(2, '', 'with-grade')).toBe('');
  });
});

describe('classNameStyle', () => {
  it('follows how most of the school’s classes are written', () => {
    expect(classNameStyle(['2年1組', '2年2組', '3組'])).toBe('with-grade');
    expect(classNameStyle(['1組', '2組', '2年3組'])).toBe('class-only');
  });

  it('writes the grade when the school has no class written yet', () => {
    expect(classNameStyle([])).toBe('with-grade');
    expect(classNameStyle(['', ''])).toBe('with-grade');
  });
});

describe('studentSeatKey', () => {
  it('is the same seat however the class was written', () => {
    expect(studentSeatKey(student({ className: '1組' }))).toBe(studentSeatKey(student({ className: '2年1組' })));
  });

  it('tells seats of another class, number or grade apart', () => {
    const seat = studentSeatKey(student());
    expect(studentSeatKey(student({ className: '2年2組' }))).not.toBe(seat);
    expect(studentSeatKey(student({ number: 4 }))).not.toBe(seat);
    expect(studentSeatKey(student({ grade: 3, className: '1組' }))).not.toBe(studentSeatKey(student({ className: '1組' })));
  });

  it('gives no seat to a student without a number', () => {
    expect(studentSeatKey(student({ number: null }))).toBeNull();
  });
});

describe('studentNameKey', () => {
  it('matches the same name and reading whatever the spacing and kana', () => {
    expect(studentNameKey(student({ familyNameKana: 'ﾀｶﾊｼ', givenNameKana: 'いちろう' }))).toBe(studentNameKey(student()));
  });

  it('keeps 髙 and 高 apart, and the same name with another reading', () => {
    expect(studentNameKey(student({ familyName: '高橋' }))).not.toBe(studentNameKey(student()));
    expect(studentNameKey(student({ givenNameKana: 'カズオ' }))).not.toBe(studentNameKey(student()));
  });
});
