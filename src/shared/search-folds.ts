/**
 * Looser matches on top of the search key (toSearchKey, kana.ts), for searches that would otherwise
 * find nobody: the common variants of name kanji (髙橋 is also written 高橋) and readings with the
 * voiced marks folded (イワサキ and イワザキ are the same family to someone taking a name over the
 * phone). Apart from kana.ts so that they load with the first search, not with the first screen.
 */

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
