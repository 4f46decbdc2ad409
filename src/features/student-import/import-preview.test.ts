import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewImport, readStudentFile } from './import-preview';

const SCHOOL_ID = '3f1c2a9e-6b7d-4c1e-9a2b-1d2e3f4a5b6c';
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(process.cwd(), 'tests/fixtures/students', name)));
const preview = (name: string, registered: Parameters<typeof previewImport>[2]['registered'] = []) => {
  const file = readStudentFile(fixture(name), 'auto');
  return previewImport(file.records, file.suggested, { schoolId: SCHOOL_ID, registered });
};
const statuses = (p: ReturnType<typeof preview>) => p.rows.map((r) => [r.row, r.shown.name, r.problems.map((x) => x.kind).join(',') || 'ok']);

describe('previewImport of the fixtures', () => {
  it('reads the CP932 file (header in its own order, half-width kana, CRLF, a blank row) row by row', () => {
    const p = preview('cp932.csv');
    expect(statuses(p)).toEqual([
      [2, '髙橋　一郎', 'ok'],
      [3, '山﨑 花子', 'ok'],
      [4, '佐藤　健太', 'ok'],
      [6, '佐藤　健太', 'duplicate-in-file'],
      [7, '', 'no-name'],
      [8, '田中 美咲', 'bad-grade'],
      [9, '渡辺 陽菜', 'bad-reading'],
      [10, '伊藤 翔', 'ok'],
    ]);
    expect(p.rows[3]!.problems).toEqual([{ kind: 'duplicate-in-file', row: 4 }]);
    expect(p.refused).toBe(4);
    expect(p.valid.map((s) => [s.familyName, s.givenName, s.familyNameKana, s.givenNameKana, s.grade, s.className, s.number])).toEqual([
      ['髙橋', '一郎', 'タカハシ', 'イチロウ', 2, '2年1組', 1],
      ['山﨑', '花子', 'ヤマザキ', 'ハナコ', 2, '2年1組', 2],
      ['佐藤', '健太', 'サトウ', 'ケンタ', 2, '2年1組', 3],
      ['伊藤', '翔', 'イトウ', 'ショウ', 3, '3年A組', 1],
    ]);
  });

  it('reads the UTF-8 file: a nameless row, and a row taking a seat already taken', () => {
    const p = preview('utf8.csv');
    expect(statuses(p)).toEqual([
      [2, '髙橋 一郎', 'ok'],
      [3, '山﨑　花子', 'ok'],
      [4, '', 'no-name'],
      [5, '山崎　花', 'duplicate-in-file'],
    ]);
    expect(p.valid.map((s) => s.plan)).toEqual(['further_study', 'employment']);
  });

  it('reads the UTF-8 file with a BOM: names split in columns, and the same person twice under two numbers', () => {
    const p = preview('utf8-bom.csv');
    expect(statuses(p)).toEqual([
      [2, '髙橋 一郎', 'ok'],
      [3, '山﨑 花子', 'ok'],
      [5, '山﨑 花子', 'duplicate-in-file'],
    ]);
    expect(p.valid[0]).toMatchObject({ familyNameKana: 'タカハシ', className: '1年A組', number: 1, plan: 'employment' });
  });

  it('refuses students the school already has, by seat or by name and reading, in the school’s class form', () => {
    const registered = [
      { grade: 2, className: '1組', number: 1, familyName: '別人', givenName: '一人', familyNameKana: 'ベツジン', givenNameKana: 'ヒトリ' },
      { grade: 3, className: '2組', number: 9, familyName: '伊藤', givenName: '翔', familyNameKana: 'イトウ', givenNameKana: 'ショウ' },
    ];
    const p = preview('cp932.csv', registered);
    expect(p.rows.filter((r) => r.problems.some((x) => x.kind === 'registered')).map((r) => r.shown.name)).toEqual(['髙橋　一郎', '伊藤 翔']);
    expect(p.valid.map((s) => s.className)).toEqual(['1組', '1組']);
  });
});

describe('readStudentFile', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('finds the header below a title line, and reads the rows under it only', () => {
    const file = readStudentFile(utf8('令和7年度 2年生名簿,,\n\n学年,氏名,フリガナ\n2,山田 太郎,ヤマダ タロウ\n'), 'auto');
    expect(file.header).toEqual(['学年', '氏名', 'フリガナ']);
    expect(file.records.map((r) => r.row)).toEqual([4]);
    expect(file.suggested).toMatchObject({ grade: 0, fullName: 1, fullReading: 2 });
  });

  it('takes the first row as the header when no row names a known column', () => {
    const file = readStudentFile(utf8('a,b\n1,2\n'), 'auto');
    expect(file.header).toEqual(['a', 'b']);
    expect(file.records).toHaveLength(1);
  });
});

