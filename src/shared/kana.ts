/**
 * Japanese text normalisation for search and for storing readings (フリガナ).
 *
 * Search must find ヤマダ when someone types やまだ, ﾔﾏﾀﾞ, "やま だ" or ヤマダァ-style small kana, so both the
 * stored reading and the query go through the same fold: NFKC (half-width → full-width kana, full-width
 * latin → ASCII), hiragana → katakana, small kana → large, long-vowel marks and spaces dropped.
 * Two looser matches sit on top of that key (search-folds.ts), for searches that would otherwise find
 * nobody: name-kanji variants and readings with the voiced marks folded.
 * Pure and dependency-free: used by zod schemas, Dexie indexes and the server alike.
 */

const HIRAGANA_START = 0x3041;
const HIRAGANA_END = 0x3096;
const KATAKANA_OFFSET = 0x60;

const SMALL_TO_LARGE: Record<string, string> = {
  ァ: 'ア', ィ: 'イ', ゥ: 'ウ', ェ: 'エ', ォ: 'オ', ッ: 'ツ', ャ: 'ヤ', ュ: 'ユ', ョ: 'ヨ', ヮ: 'ワ', ヵ: 'カ', ヶ: 'ケ',
};

/** ひらがな → カタカナ, leaving every other character as it is. */
export function hiraganaToKatakana(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += code >= HIRAGANA_START && code <= HIRAGANA_END ? String.fromCodePoint(code + KATAKANA_OFFSET) : ch;
  }
  return out;
}

/** The form a reading is stored in: NFKC, katakana, single spaces between parts. */
export function toStoredReading(text: string): string {
  return hiraganaToKatakana(text.normalize('NFKC')).replace(/\s+/gu, ' ').trim();
}

/**
 * The search key: readings and names folded so that spelling variants compare equal.
 * Long-vowel marks are dropped because people type both "コーヒー" and "コヒ" style readings inconsistently.
 */
export function toSearchKey(text: string): string {
  const katakana = hiraganaToKatakana(text.normalize('NFKC').toLowerCase());
  let out = '';
  for (const ch of katakana) {
    if (/[\s\u30FC\u2010-\u2015\u2212\uFF70・-]/u.test(ch)) continue;
    out += SMALL_TO_LARGE[ch] ?? ch;
  }
  return out;
}

/** True when the text is a katakana reading (after toStoredReading); ・ separates foreign names (ジョン・スミス). */
export function isKatakanaReading(text: string): boolean {
  return /^[\u30A1-\u30FA\u30FC\u30FB ]+$/u.test(text);
}

