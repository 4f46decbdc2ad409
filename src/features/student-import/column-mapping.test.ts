import { describe, expect, it } from 'vitest';
import { emptyMapping, foldHeader, missingColumns, recogniseColumns } from './column-mapping';

describe('foldHeader', () => {
  it('folds width, spaces, brackets and hiragana', () => {
    expect(foldHeader('ﾌﾘｶﾞﾅ')).toBe('フリガナ');
    expect(foldHeader(' ふりがな ')).toBe('フリガナ');
    expect(foldHeader('氏　名')).toBe('氏名');
    expect(foldHeader('氏名（カナ）')).toBe('氏名カナ');
    expect(foldHeader('出席ＮＯ.')).toBe('出席NO');
  });
});

describe('recogniseColumns', () => {
  it('finds the usual columns in the usual order', () => {
    expect(recogniseColumns(['学年', '組', '番号', '氏名', 'フリガナ', '進路希望'])).toMatchObject({
      grade: 0,
      className: 1,
      number: 2,
      fullName: 3,
      fullReading: 4,
      plan: 5,
      familyName: null,
      givenName: null,
    });
  });

  it('finds them in an order nobody expected, with half-width and hiragana headers', () => {
    expect(recogniseColumns(['出席番号', '生徒氏名', 'ﾌﾘｶﾞﾅ', '学年', 'クラス', '備考'])).toMatchObject({
      number: 0,
      fullName: 1,
      fullReading: 2,
      grade: 3,
      className: 4,
      plan: null,
    });
    expect(recogniseColumns(['よみ', '名前', '学級', '出席番', '学 年'])).toMatchObject({ fullReading: 0, fullName: 1, className: 2, number: 3, grade: 4 });
  });

  it('finds a name and a reading split in two columns each', () => {
    expect(recogniseColumns(['クラス', '名', '姓', 'メイ', 'セイ', '学年', '出席番', '進路'])).toMatchObject({
      className: 0,
      givenName: 1,
      familyName: 2,
      givenReading: 3,
      familyReading: 4,
      grade: 5,
      number: 6,
      plan: 7,
      fullName: null,
      fullReading: null,
    });
    expect(recogniseColumns(['氏', '名', 'せい', 'めい', '学年'])).toMatchObject({ familyName: 0, givenName: 1, familyReading: 2, givenReading: 3 });
  });

  it('gives each column to one field at most, the first of the same name', () => {
    const m = recogniseColumns(['氏名', '氏名', '学年']);
    expect(m.fullName).toBe(0);
    expect(Object.values(m).filter((i) => i === 1)).toEqual([]);
  });

  it('recognises nothing in a header it does not know', () => {
    expect(recogniseColumns(['grade', 'name', '謎'])).toEqual(emptyMapping());
  });
});

describe('missingColumns', () => {
  it('asks for a name, a reading and a grade', () => {
    expect(missingColumns(emptyMapping())).toEqual(['name', 'reading', 'grade']);
    expect(missingColumns(recogniseColumns(['学年', '氏名', 'フリガナ']))).toEqual([]);
  });

  it('takes a name split in two only when both halves are there', () => {
    expect(missingColumns(recogniseColumns(['学年', '姓', 'セイ', 'メイ']))).toEqual(['name']);
    expect(missingColumns(recogniseColumns(['学年', '姓', '名', 'セイ', 'メイ']))).toEqual([]);
  });
});
