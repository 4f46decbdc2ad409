/**
 * Japanese text normalisation for search and for storing readings (フリガナ).
 *
 * Search must find ヤマダ when someone types やまだ, ﾔﾏﾀﾞ, "やま だ" or ヤマダァ-style small kana, so both the
 * stored reading and the query go through the same fold: NFKC (half-width → full-width kana, full-width
 * latin → ASCII), hiragana → katakana, small kana → large, long-vowel marks and spaces dropped.
 * Two looser matches sit on top of that key, for searches that would otherwise find nobody: the
 * common variants of name kanji (髙橋 is also written 高橋) and readings with the voiced marks folded
 * (イワサキ and イワザキ are the same family to someone taking a name over the phone).
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

/**
 * Kanji that people write for one another in names (異体字): a register may hold 髙橋, 﨑山, 渡邊 or
 * 齋藤 while the counter types 高橋, 崎山, 渡辺, 斎藤. Each group is one name character.
 */
const NAME_KANJI_VARIANTS: readonly string[][] = [
  ['高', '髙'], ['崎', '﨑', '嵜', '碕'], ['辺', '邊', '邉'], ['斎', '齋', '齊', '斉'], ['沢', '澤'], ['浜', '濱', '濵'],
  ['島', '嶋', '嶌'], ['桜', '櫻'], ['広', '廣'], ['国', '國'], ['富', '冨'], ['徳', '德'], ['真', '眞'], ['恵', '惠'],
  ['竜', '龍'], ['槙', '槇'], ['曽', '曾'], ['条', '條'], ['関', '關'], ['穂', '穗'], ['実', '實'], ['寿', '壽'],
  ['弥', '彌'], ['舘', '館'], ['渕', '淵'], ['吉', '𠮷'], ['柳', '栁'], ['桑', '桒'],
];
const VARIANTS_OF = new Map(NAME_KANJI_VARIANTS.flatMap((group) => group.map((ch) => [ch, group] as const)));
/** A key with many variant kanji is rare; past this many spellings the rest are not tried. */
const MAX_SPELLINGS = 16;

/** Every spelling of a search key under the name-kanji variants, the key itself first. */
export function kanjiSpellings(key: string): string[] {
  let spellings = [''];
  for (const ch of key) {
    const group = VARIANTS_OF.get(ch) ?? [ch];
    const next = spellings.flatMap((s) => group.map((variant) => s + variant));
    // Keep the typed character first, so the key itself stays first when the list is cut.
    spellings = next.length > MAX_SPELLINGS ? spellings.map((s) => s + ch) : next;
  }
  return [key, ...spellings.filter((s) => s !== key)];
}

const VOICED = 'ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴ';
const UNVOICED = 'カキクケコサシスセソタチツテトハヒフヘホハヒフヘホウ';
const UNVOICED_OF = new Map([...VOICED].map((ch, i) => [ch, UNVOICED[i]!] as const));
const VOICED_PATTERN = new RegExp(`[${VOICED}]`, 'gu');

/** A search key (toSearchKey) with the voiced marks folded: イワザキ → イワサキ, パン → ハン. */
export function toLooseKey(key: string): string {
  return key.replace(VOICED_PATTERN, (ch) => UNVOICED_OF.get(ch)!);
}
