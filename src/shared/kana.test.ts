import { describe, expect, it } from 'vitest';
import { hiraganaToKatakana, isKatakanaReading, toSearchKey, toStoredReading } from './kana';

describe('hiraganaToKatakana', () => {
  it('turns every hiragana into its katakana, including ゔ and the small ゕ ゖ', () => {
    expect(hiraganaToKatakana('やまだ たろう')).toBe('ヤマダ タロウ');
    expect(hiraganaToKatakana('ゔぁいおりん')).toBe('ヴァイオリン');
    expect(hiraganaToKatakana('ゕゖ')).toBe('ヵヶ');
  });

  it('leaves katakana, kanji, latin letters and marks as they are', () => {
    expect(hiraganaToKatakana('山田ヤマダabc123ー・')).toBe('山田ヤマダabc123ー・');
  });
});

describe('toStoredReading', () => {
  it('stores a hiragana reading as katakana', () => {
    expect(toStoredReading('さとう')).toBe('サトウ');
  });

  it('widens half-width kana and joins the voiced marks: ｶﾞ becomes ガ, ﾊﾟ becomes パ', () => {
    expect(toStoredReading('ｶﾞｯｺｳ')).toBe('ガッコウ');
    expect(toStoredReading('ﾊﾟﾝ')).toBe('パン');
    expect(toStoredReading('ﾔﾏﾀﾞ ﾀﾛｳ')).toBe('ヤマダ タロウ');
  });

  it('keeps small kana and long vowel marks, because the stored reading is what people see', () => {
    expect(toStoredReading('きょーこ')).toBe('キョーコ');
    expect(toStoredReading('ｷｮｰｺ')).toBe('キョーコ');
  });

  it('turns full-width and repeated spaces into one half-width space and trims the ends', () => {
    expect(toStoredReading('　やまだ　　たろう ')).toBe('ヤマダ タロウ');
  });

  it('gives a valid katakana reading for every single hiragana character', () => {
    for (let code = 0x3041; code <= 0x3096; code++) {
      const ch = String.fromCodePoint(code);
      expect(isKatakanaReading(toStoredReading(ch)), ch).toBe(true);
    }
  });
});

describe('toSearchKey', () => {
  it('folds hiragana, katakana, half-width kana and spaced spellings of a name to one key', () => {
    const keys = ['やまだ', 'ヤマダ', 'ﾔﾏﾀﾞ', 'やま だ', 'ヤマダ　', ' ﾔﾏ ﾀﾞ'].map(toSearchKey);
    expect(new Set(keys)).toEqual(new Set(['ヤマダ']));
  });

  it('treats small kana as their large forms: ァ is ア and ッ is ツ', () => {
    expect(toSearchKey('ァィゥェォッャュョヮヵヶ')).toBe('アイウエオツヤユヨワカケ');
    expect(toSearchKey('はっとり')).toBe(toSearchKey('ハツトリ'));
    expect(toSearchKey('きょうこ')).toBe(toSearchKey('キヨウコ'));
  });

  it('drops long vowel marks in full and half width, so コーヒー and コヒ match', () => {
    expect(toSearchKey('コーヒー')).toBe('コヒ');
    expect(toSearchKey('ｺｰﾋｰ')).toBe('コヒ');
    expect(toSearchKey('こーひー')).toBe('コヒ');
  });

  it('drops hyphens, minus signs and the middle dot between the parts of a foreign name', () => {
    expect(toSearchKey('ジョン・スミス')).toBe(toSearchKey('じょんすみす'));
    expect(toSearchKey('ア-イ‐ウ−エ')).toBe('アイウエ');
  });

  it('lower-cases latin letters in either width and leaves kanji untouched', () => {
    expect(toSearchKey('ＡＢＣ abc')).toBe('abcabc');
    expect(toSearchKey('佐藤 健一')).toBe('佐藤健一');
  });

  it('keeps a typed prefix a prefix of the stored key, which prefix search relies on', () => {
    expect(toSearchKey('タカハシ').startsWith(toSearchKey('たか'))).toBe(true);
    expect(toSearchKey('ササキ').startsWith(toSearchKey('ｻｻ'))).toBe(true);
  });

  it('gives the same key for a stored reading and the raw input it came from', () => {
    for (const input of ['ｻｻｷ ｷｮｳｺ', 'ささき　きょうこ', 'サッポロ'])
      expect(toSearchKey(toStoredReading(input))).toBe(toSearchKey(input));
  });
});

describe('isKatakanaReading', () => {
  it('accepts katakana with long vowel marks and single spaces', () => {
    expect(isKatakanaReading('ヤマダ タロウ')).toBe(true);
    expect(isKatakanaReading('キョーコ')).toBe(true);
  });

  it('rejects hiragana, kanji, digits, latin letters and the empty string', () => {
    for (const text of ['やまだ', '山田', 'ヤマダ1', 'Yamada', '']) expect(isKatakanaReading(text), text).toBe(false);
  });
});

describe('foreign names', () => {
  it('accepts the middle dot in a katakana reading', () => {
    expect(isKatakanaReading(toStoredReading('ジョン・スミス'))).toBe(true);
  });
});
