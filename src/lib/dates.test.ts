import { describe, expect, it } from 'vitest';
import { fiscalYearOf, formatDate, todayIso, warekiDate, warekiYear } from './dates';

describe('dates', () => {
  it('shows the Reiwa era beside the Gregorian date in Japanese', () => {
    expect(formatDate('2026-11-25', 'ja')).toBe('2026年11月25日（令和8年）');
  });

  it('names the Showa era for a senior born in 1960', () => {
    expect(warekiYear('1960-05-03')).toBe('昭和35年');
  });

  it('switches era on the day the era changed', () => {
    expect(warekiYear('2019-04-30')).toMatch(/^平成31/u);
    expect(warekiYear('2019-05-01')).toMatch(/^令和(元|1)年$/u);
  });

  it('writes a whole date in the era, 元年 included', () => {
    expect(warekiDate('1989-01-07')).toBe('昭和64年1月7日');
    expect(warekiDate('1989-01-08')).toBe('平成元年1月8日');
  });

  it('formats in English with the era kept for reference', () => {
    expect(formatDate('2026-04-01', 'en')).toBe('1 Apr 2026 (令和8年)');
  });

  it('starts the fiscal year in April', () => {
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
  });

  it('gives the local calendar day', () => {
    expect(todayIso(new Date(2026, 10, 25, 23, 30))).toBe('2026-11-25');
  });
});
