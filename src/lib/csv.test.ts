import { describe, expect, it } from 'vitest';
import { excelCsv, parseCsv } from './csv';

describe('excelCsv', () => {
  const text = excelCsv(
    ['企業', '金額'],
    [
      ['旭川ケア, 株式会社', 150000],
      ['"引用"のある名前', 0],
      ['一行目\n二行目', 1],
    ],
  );

  it('starts with a UTF-8 byte order mark so Excel reads the Japanese as UTF-8', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('ends every row with CRLF, and only rows', () => {
    const rows = text.slice(1).split('\r\n');
    expect(rows).toHaveLength(5);
    expect(rows.at(-1)).toBe('');
    expect(rows[0]).toBe('"企業","金額"');
  });

  it('quotes every field and keeps commas, doubled quotes and line breaks inside a field', () => {
    expect(text).toContain('"旭川ケア, 株式会社","150000"\r\n');
    expect(text).toContain('"""引用""のある名前","0"\r\n');
    expect(text).toContain('"一行目\n二行目","1"\r\n');
  });

  it('keeps a cell that starts like a formula from running in Excel', () => {
    expect(excelCsv(['x'], [['=1+1']])).toContain(`"'=1+1"`);
  });
});

describe('parseCsv', () => {
  it('reads CRLF rows, quoted commas, doubled quotes and line breaks inside a cell', () => {
    const records = parseCsv('氏名,備考\r\n"山田, 太郎","""引用"""\r\n佐藤,"一行目\r\n二行目"\r\n');
    expect(records).toEqual([
      { row: 1, cells: ['氏名', '備考'] },
      { row: 2, cells: ['山田, 太郎', '"引用"'] },
      { row: 3, cells: ['佐藤', '一行目\r\n二行目'] },
    ]);
  });

  it('leaves blank rows out but keeps the row numbers Excel shows', () => {
    const records = parseCsv('学年\n\n2\n , \n3');
    expect(records.map((r) => [r.row, r.cells[0]])).toEqual([
      [1, '学年'],
      [3, '2'],
      [5, '3'],
    ]);
  });

  it('drops a byte order mark left in the text', () => {
    expect(parseCsv('\uFEFF学年\n2')[0]!.cells).toEqual(['学年']);
  });
});
