import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fiscalYearOf, officeTime, weekday, yearsBefore } from './dates';
import { isoDateTimeSchema } from '../fields';
import { createRng } from './rng';

describe('demo calendar arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('moves 29 Feb to 28 Feb when going back to a common year', () => {
    expect(yearsBefore('2024-02-29', 1)).toBe('2023-02-28');
    expect(yearsBefore('2024-02-29', 4)).toBe('2020-02-29');
    expect(yearsBefore('2026-06-01', 60)).toBe('1966-06-01');
  });

  it('moves Saturdays and Sundays to the following Monday', () => {
    expect(weekday('2026-05-30')).toBe('2026-06-01');
    expect(weekday('2026-05-31')).toBe('2026-06-01');
    expect(weekday('2026-06-02')).toBe('2026-06-02');
  });

  it('starts the fiscal year in April', () => {
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
  });

  it('stamps office-hours datetimes in Japan time that the record schema accepts', () => {
    const rng = createRng(7);
    for (let i = 0; i < 200; i++) {
      const stamp = officeTime(rng, '2026-04-01');
      expect(isoDateTimeSchema.safeParse(stamp).success, stamp).toBe(true);
      expect(stamp).toMatch(/^2026-04-01T(09|1[0-7]):[0-5]\d:[0-5]\d\.000\+09:00$/u);
    }
  });
});
