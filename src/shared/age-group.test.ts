import { describe, expect, it } from 'vitest';
import { SENIOR_AGE, ageGroupOn, ageOn, latestSeniorBirthDate, seniorFrom } from './age-group';
import { addDays } from './demo/dates';
import { createRng } from './demo/rng';

describe('ageOn', () => {
  it('counts a birthday that falls today', () => {
    expect(ageOn('1966-06-01', '2026-06-01')).toBe(60);
  });

  it('does not count a birthday that falls tomorrow', () => {
    expect(ageOn('1966-06-02', '2026-06-01')).toBe(59);
  });

  it('lets someone born on 29 Feb reach their age on 29 Feb in a leap year', () => {
    expect(ageOn('1964-02-29', '2024-02-28')).toBe(59);
    expect(ageOn('1964-02-29', '2024-02-29')).toBe(60);
  });

  it('lets someone born on 29 Feb reach their age on 1 Mar in a common year', () => {
    expect(ageOn('1964-02-29', '2023-02-28')).toBe(58);
    expect(ageOn('1964-02-29', '2023-03-01')).toBe(59);
  });
});

describe('ageGroupOn', () => {
  it('makes a person a senior on their 60th birthday and not the day before', () => {
    expect(SENIOR_AGE).toBe(60);
    expect(ageGroupOn('1966-06-01', '2026-06-01')).toBe('senior');
    expect(ageGroupOn('1966-06-01', '2026-05-31')).toBe('working_age');
  });

  it('keeps someone of 18 working age and someone of 85 senior', () => {
    expect(ageGroupOn('2008-04-01', '2026-06-01')).toBe('working_age');
    expect(ageGroupOn('1941-01-01', '2026-06-01')).toBe('senior');
  });
});

describe('latestSeniorBirthDate', () => {
  it('is the date 60 years before the given day', () => {
    expect(latestSeniorBirthDate('2026-06-01')).toBe('1966-06-01');
  });

  it('pads years and months so that string comparison with birth dates works', () => {
    expect(latestSeniorBirthDate('2026-01-09')).toBe('1966-01-09');
  });

  it('agrees with ageGroupOn on every day of six years for birth dates around the boundary', () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (let day = '2023-01-01'; day <= '2028-12-31'; day = addDays(day, 1)) {
      const latest = latestSeniorBirthDate(day);
      const births = [-3, -2, -1, 0, 1, 2, 3].map((d) => addDays(`${Number(day.slice(0, 4)) - 60}${day.slice(4)}`, d));
      for (const birth of [...births, '1964-02-29', '1968-02-29']) {
        if ((ageGroupOn(birth, day) === 'senior') !== birth <= latest) mismatches.push(`${birth} on ${day}`);
        checked++;
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(19_000);
  });

  it('agrees with ageGroupOn over many random birth dates and days', () => {
    const rng = createRng(42);
    const mismatches: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const day = addDays('2020-01-01', rng.int(0, 365 * 12));
      const birth = addDays('1930-01-01', rng.int(0, 365 * 80));
      if ((ageGroupOn(birth, day) === 'senior') !== birth <= latestSeniorBirthDate(day))
        mismatches.push(`${birth} on ${day}`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('seniorFrom', () => {
  it('is the 60th birthday', () => {
    expect(seniorFrom('1966-06-01')).toBe('2026-06-01');
  });

  it('agrees with ageGroupOn on every day of six years for birth dates around the boundary, 29 Feb included', () => {
    const mismatches: string[] = [];
    for (let day = '2023-01-01'; day <= '2028-12-31'; day = addDays(day, 1)) {
      const births = [-3, -1, 0, 1, 3].map((d) => addDays(`${Number(day.slice(0, 4)) - 60}${day.slice(4)}`, d));
      for (const birth of [...births, '1964-02-29', '1967-02-28', '1968-02-29']) {
        if ((ageGroupOn(birth, day) === 'senior') !== day >= seniorFrom(birth)) mismatches.push(`${birth} on ${day}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
