import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './decode-file';

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(process.cwd(), 'tests/fixtures/students', name)));

describe('decodeCsvBytes', () => {
  it('reads a CP932 file as Shift_JIS, with the NEC and IBM extended characters and half-width kana', () => {
    const file = decodeCsvBytes(fixture('cp932.csv'));
    expect(file.encoding).toBe('shift_jis');
    expect(file.unreadable).toBe(0);
    expect(file.text).toContain('髙橋　一郎');
    expect(file.text).toContain('山﨑 花子');
    expect(file.text).toContain('①生徒会');
    expect(file.text).toContain('ﾀｶﾊｼ ｲﾁﾛｳ');
    expect(file.text).toContain('\r\n');
  });

  it('reads a UTF-8 file without a byte order mark as UTF-8', () => {
    const file = decodeCsvBytes(fixture('utf8.csv'));
    expect(file).toMatchObject({ encoding: 'utf-8', unreadable: 0 });
    expect(file.text.startsWith('学年,組')).toBe(true);
    expect(file.text).toContain('髙橋 一郎');
  });

  it('reads a UTF-8 file with a byte order mark as UTF-8 and drops the mark', () => {
    const file = decodeCsvBytes(fixture('utf8-bom.csv'));
    expect(file).toMatchObject({ encoding: 'utf-8', unreadable: 0 });
    expect(file.text.startsWith('クラス,名,姓')).toBe(true);
  });

  it('counts what a forced UTF-8 cannot read in a Shift_JIS file', () => {
    const file = decodeCsvBytes(fixture('cp932.csv'), 'utf-8');
    expect(file.encoding).toBe('utf-8');
    expect(file.unreadable).toBeGreaterThan(10);
    expect(file.text).not.toContain('髙橋');
  });

  it('reads a UTF-8 file as Shift_JIS when the person says so (mojibake, for them to see)', () => {
    const file = decodeCsvBytes(fixture('utf8.csv'), 'shift_jis');
    expect(file.encoding).toBe('shift_jis');
    expect(file.text).not.toContain('学年');
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('grade,name\n2,Ken'))).toMatchObject({ encoding: 'utf-8', unreadable: 0 });
  });
});
