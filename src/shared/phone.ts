/**
 * Japanese phone numbers as people type them: full-width digits, hyphens optional, spaces.
 * Stored half-width with the hyphens the user gave, validated on the digits alone
 * (10 digits for land lines, 11 for mobiles, always starting with 0).
 */

export function normalizePhone(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\u30FC]/gu, '-')
    .replace(/\s+/gu, '');
}

/** Digits a phone search needs from the start of a number before it means one household, not hundreds. */
export const MIN_PHONE_DIGITS = 4;

export function phoneDigits(text: string): string {
  return normalizePhone(text).replace(/\D/gu, '');
}

export function isValidJapanesePhone(text: string): boolean {
  const normalized = normalizePhone(text);
  if (!/^[0-9-]+$/u.test(normalized) || /--|^-|-$/u.test(normalized)) return false;
  return /^0\d{9,10}$/u.test(phoneDigits(normalized));
}
