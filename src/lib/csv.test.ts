import { describe, expect, it } from 'vitest';
import { excelCsv } from './csv';

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
