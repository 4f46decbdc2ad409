import { describe, expect, it } from 'vitest';
import { parseDateEntry } from './wareki';

const iso = (text: string) => {
  const entry = parseDateEntry(text);
  return entry.kind === 'date' ? entry.iso : entry.kind;
};

describe('parseDateEntry', () => {
  it.each([
    ['昭和50年4月1日', '1975-04-01'],
    ['昭和５０年４月１日', '1975-04-01'],
    ['㍼50年4月1日', '1975-04-01'],
    ['昭50.4.1', '1975-04-01'],
    ['S50.4.1', '1975-04-01'],
    ['s50/4/1', '1975-04-01'],
    ['S500401', '1975-04-01'],
    ['平成元年1月8日', '1989-01-08'],
    ['H1.1.8', '1989-01-08'],
    ['令和2年5月1日', '2020-05-01'],
    ['R2.5.1', '2020-05-01'],
    ['大正15年12月24日', '1926-12-24'],
    ['昭和元年12月25日', '1926-12-25'],
  ])('reads the 和暦 %s as %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    ['1975-04-01', '1975-04-01'],
    ['1975/4/1', '1975-04-01'],
    ['1975.4.1', '1975-04-01'],
    ['1975年4月1日', '1975-04-01'],
    ['１９７５－０４－０１', '1975-04-01'],
    ['19750401', '1975-04-01'],
    [' 1975 / 4 / 1 ', '1975-04-01'],
  ])('reads the 西暦 %s as %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('keeps each era to its own days: 昭和64年1月7日 and 平成元年1月8日, 平成31年4月30日 and 令和元年5月1日', () => {
    expect(iso('昭和64年1月7日')).toBe('1989-01-07');
    expect(iso('平成元年1月8日')).toBe('1989-01-08');
    expect(iso('平成31年4月30日')).toBe('2019-04-30');
    expect(iso('令和元年5月1日')).toBe('2019-05-01');
    expect(parseDateEntry('昭和64年1月8日')).toEqual({ kind: 'outside-era', era: '昭和', first: '1926-12-25', last: '1989-01-07' });
    expect(parseDateEntry('平成元年1月7日')).toEqual({ kind: 'outside-era', era: '平成', first: '1989-01-08', last: '2019-04-30' });
    expect(parseDateEntry('平成31年5月1日')).toMatchObject({ kind: 'outside-era', era: '平成' });
    expect(parseDateEntry('令和元年4月30日')).toEqual({ kind: 'outside-era', era: '令和', first: '2019-05-01', last: undefined });
    expect(parseDateEntry('昭和70年1月1日')).toMatchObject({ kind: 'outside-era', era: '昭和' });
  });

  it('tells an empty entry from one that is not a date', () => {
    expect(parseDateEntry('  ')).toEqual({ kind: 'empty' });
    expect(iso('昭和50年')).toBe('invalid');
    expect(iso('昭和0年4月1日')).toBe('invalid');
    expect(iso('1975-02-30')).toBe('invalid');
    expect(iso('平成元年2月29日')).toBe('invalid');
    expect(iso('X50.4.1')).toBe('invalid');
    expect(iso('四月一日')).toBe('invalid');
  });
});
