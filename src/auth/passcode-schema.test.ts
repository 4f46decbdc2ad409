import { describe, expect, it } from 'vitest';
import { passcodeSchema, passcodeWeakness } from './passcode-schema';

const refusal = (input: string) => {
  const result = passcodeSchema.safeParse(input);
  return result.success ? null : result.error.issues.map((i) => i.message);
};

describe('passcodeWeakness', () => {
  it.each(['0000', '1111', '99999999', '777777'])('refuses %s as repeated digits', (code) => {
    expect(passcodeWeakness(code)).toBe('passcode_repeated');
  });
  it.each(['1234', '0123', '4321', '3210', '56789', '87654321'])('refuses %s as a run', (code) => {
    expect(passcodeWeakness(code)).toBe('passcode_sequence');
  });
  it.each(['1975', '1999', '2001', '2026', '19750401', '20001231'])('refuses %s as a year or date of birth', (code) => {
    expect(passcodeWeakness(code)).toBe('passcode_year');
  });
  it.each(['2468', '1357', '8023', '1899', '2100', '19751332', '90817263'])('accepts %s', (code) => {
    expect(passcodeWeakness(code)).toBeNull();
  });
});

describe('passcodeSchema', () => {
  it('gives the reason a weak passcode is refused, full-width digits included', () => {
    expect(refusal('１２３４')).toEqual(['passcode_sequence']);
    expect(refusal('0000')).toEqual(['passcode_repeated']);
    expect(refusal('1980')).toEqual(['passcode_year']);
  });
  it('gives only the format message for a passcode that is not 4–8 digits', () => {
    expect(refusal('12a')).toEqual(['passcode_format']);
    expect(refusal('111')).toEqual(['passcode_format']);
  });
  it('accepts a passcode nobody would try first', () => {
    expect(passcodeSchema.parse(' 2468 ')).toBe('2468');
  });
});
