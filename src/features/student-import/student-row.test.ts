import { describe, expect, it } from 'vitest';
import { recogniseColumns } from './column-mapping';
import { parseGrade, parseNumber, parsePlan, splitAtSpace, studentRow } from './student-row';

const SCHOOL_ID = '3f1c2a9e-6b7d-4c1e-9a2b-1d2e3f4a5b6c';
const ctx = { schoolId: SCHOOL_ID, classStyle: 'with-grade' as const };
const header = ['学年', '組', '番号', '氏名', 'フリガナ', '進路希望'];
const mapping = recogniseColumns(header);
const row = (cells: string[]) => studentRow(2, cells, mapping, ctx);

describe('cell readers', () => {
  it('splits a name at a full- or half-width space', () => {
    expect(splitAtSpace('山田　太郎')).toEqual(['山田', '太郎']);
    expect(splitAtSpace(' 山田 太郎 ')).toEqual(['山田', '太郎']);
    expect(splitAtSpace('ｼﾞｮﾝ ﾏｲｹﾙ  ｽﾐｽ')).toEqual(['ｼﾞｮﾝ', 'ﾏｲｹﾙ ｽﾐｽ']);
    expect(splitAtSpace('山田太郎')).toBeNull();
  });

  it('reads grades as schools write them', () => {
    expect([parseGrade('2'), parseGrade('２'), parseGrade('2年'), parseGrade('２年'), parseGrade('第2学年'), parseGrade('2年生')]).toEqual([2, 2, 2, 2, 2, 2]);
    expect(parseGrade('二年')).toBeNaN();
    expect(parseGrade('')).toBeNaN();
  });

  it('reads attendance numbers, blank as none', () => {
    expect([parseNumber('1'), parseNumber('０１'), parseNumber('12番'), parseNumber(' ')]).toEqual([1, 1, 12, null]);
    expect(parseNumber('A')).toBeNaN();
  });

  it('reads plans after graduation', () => {
    expect([parsePlan('進学'), parsePlan('大学進学'), parsePlan('専門学校'), parsePlan('就職'), parsePlan('未定'), parsePlan('')]).toEqual([
      'further_study',
      'further_study',
      'further_study',
      'employment',
      'undecided',
      'undecided',
    ]);
    expect(parsePlan('留学')).toBe('留学');
  });
});

describe('studentRow', () => {
  it('makes a student of a sound row, with the reading in katakana and the class in the school’s form', () => {
    const r = row(['２年', '1', '３', '髙橋　一郎', 'ﾀｶﾊｼ ｲﾁﾛｳ', '就職']);
    expect(r.problems).toEqual([]);
    expect(r.student).toMatchObject({
      schoolId: SCHOOL_ID,
      kind: 'high_school',
      familyName: '髙橋',
      givenName: '一郎',
      familyNameKana: 'タカハシ',
      givenNameKana: 'イチロウ',
      grade: 2,
      className: '2年1組',
      number: 3,
      plan: 'employment',
    });
  });

  it('takes a name and a reading from two columns each', () => {
    const split = recogniseColumns(['姓', '名', 'セイ', 'メイ', '学年']);
    const r = studentRow(2, ['山﨑', '花子', 'やまざき', 'はなこ', '1'], split, ctx);
    expect(r.student).toMatchObject({ familyName: '山﨑', givenName: '花子', familyNameKana: 'ヤマザキ', givenNameKana: 'ハナコ', grade: 1, className: '', number: null });
    expect(r.shown.name).toBe('山﨑 花子');
  });

  it.each([
    [['2', '1', '1', '', 'ヤマダ タロウ', ''], { kind: 'no-name' }],
    [['2', '1', '1', '山田太郎', 'ヤマダ タロウ', ''], { kind: 'name-not-split', value: '山田太郎' }],
    [['2', '1', '1', '山田 太郎', '', ''], { kind: 'no-reading' }],
    [['2', '1', '1', '山田 太郎', 'ヤマダタロウ', ''], { kind: 'reading-not-split', value: 'ヤマダタロウ' }],
    [['2', '1', '1', '山田 太郎', 'yamada taro', ''], { kind: 'bad-reading', value: 'yamada taro' }],
    [['4', '1', '1', '山田 太郎', 'ヤマダ タロウ', ''], { kind: 'bad-grade', value: '4' }],
    [['0', '1', '1', '山田 太郎', 'ヤマダ タロウ', ''], { kind: 'bad-grade', value: '0' }],
    [['二年', '1', '1', '山田 太郎', 'ヤマダ タロウ', ''], { kind: 'bad-grade', value: '二年' }],
    [['', '1', '1', '山田 太郎', 'ヤマダ タロウ', ''], { kind: 'no-grade' }],
    [['2', '1', '100', '山田 太郎', 'ヤマダ タロウ', ''], { kind: 'bad-number', value: '100' }],
    [['2', '1', 'A', '山田 太郎', 'ヤマダ タロウ', ''], { kind: 'bad-number', value: 'A' }],
    [['2', '1', '1', '山田 太郎', 'ヤマダ タロウ', '留学'], { kind: 'bad-plan', value: '留学' }],
  ])('refuses %j: %j', (cells, problem) => {
    const r = row(cells);
    expect(r.student).toBeNull();
    expect(r.problems).toEqual([problem]);
  });

  it('names every field that is wrong, once each', () => {
    const r = row(['', '1', 'X', '', 'yamada taro', '']);
    expect(r.problems.map((p) => p.kind).sort()).toEqual(['bad-number', 'bad-reading', 'no-grade', 'no-name'].sort());
  });
});
