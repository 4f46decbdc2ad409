import { describe, expect, it } from 'vitest';
import { isValidJapanesePhone, normalizePhone, phoneDigits } from './phone';

describe('normalizePhone', () => {
  it('turns full-width digits and hyphens into half-width ones', () => {
    expect(normalizePhone('０１６６－２３－４５６７')).toBe('0166-23-4567');
  });

  it('reads dash-like characters people type (ー, ‐, −, ｰ) as hyphens', () => {
    expect(normalizePhone('090ー1234‐5678')).toBe('090-1234-5678');
    expect(normalizePhone('090−1234ｰ5678')).toBe('090-1234-5678');
  });

  it('removes spaces of either width', () => {
    expect(normalizePhone(' 0166 23　4567 ')).toBe('0166234567');
  });
});

describe('phoneDigits', () => {
  it('keeps the digits only, so numbers typed differently compare equal', () => {
    expect(phoneDigits('０９０－１２３４－５６７８')).toBe('09012345678');
    expect(phoneDigits('090 1234 5678')).toBe(phoneDigits('09012345678'));
  });
});

describe('isValidJapanesePhone', () => {
  it.each([
    ['a 旭川 land line with hyphens', '0166-23-4567'],
    ['a land line without hyphens', '0166234567'],
    ['a 上川町 land line with a five-digit area code', '01658-2-1234'],
    ['a mobile with hyphens', '090-1234-5678'],
    ['a mobile without hyphens', '08012345678'],
    ['a mobile typed in full width', '０７０－１２３４－５６７８'],
  ])('accepts %s', (_label, phone) => {
    expect(isValidJapanesePhone(phone)).toBe(true);
  });

  it.each([
    ['an empty string', ''],
    ['a number not starting with 0', '166-23-4567'],
    ['nine digits', '0166-23-456'],
    ['twelve digits', '090-1234-56789'],
    ['a doubled hyphen', '090--1234-5678'],
    ['a leading hyphen', '-09012345678'],
    ['a trailing hyphen', '09012345678-'],
    ['a letter', '090-1234-567a'],
    ['parentheses around the area code', '(0166)23-4567'],
    ['an international prefix', '+81-90-1234-5678'],
  ])('rejects %s', (_label, phone) => {
    expect(isValidJapanesePhone(phone)).toBe(false);
  });
});
