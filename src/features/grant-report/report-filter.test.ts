import { describe, expect, it } from 'vitest';
import { filterQuery, reportFilterOf } from './report-filter';

/** The filter read back from a query string, as the screen reads its URL. */
const read = (query: string, today = '2027-02-10') => {
  const params = new URLSearchParams(query);
  const get = (name: string) => params.get(name) ?? '';
  return reportFilterOf({ get, getCode: <T extends string>(codes: readonly T[], name: string) => ((codes as readonly string[]).includes(get(name)) ? (get(name) as T) : '') }, today);
};

describe('the report filter in the URL', () => {
  it('is the whole current fiscal year when the URL names nothing (February is still the year begun in April)', () => {
    expect(read('')).toEqual({ fiscalYear: 2026, month: null, town: null, ageGroup: null });
  });

  it('reads back every filter it writes', () => {
    const filter = { fiscalYear: 2024, month: 3, town: 'biei' as const, ageGroup: 'senior' as const };
    expect(filterQuery(filter)).toBe('fy=2024&month=3&town=biei&age=senior');
    expect(read(filterQuery(filter))).toEqual(filter);
  });

  it('falls back to "all" for a hand-edited value it does not know', () => {
    expect(read('fy=abc&month=13&town=sapporo&age=old')).toEqual({ fiscalYear: 2026, month: null, town: null, ageGroup: null });
    expect(read('fy=1999')).toMatchObject({ fiscalYear: 2026 });
  });
});
