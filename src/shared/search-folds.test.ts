import { describe, expect, it } from 'vitest';
import { toSearchKey } from './kana';
import { kanjiSpellings, toLooseKey } from './search-folds';

describe('kanjiSpellings', () => {
  it('gives every variant spelling of the common name kanji, the typed one first', () => {
    expect(kanjiSpellings('高橋')).toEqual(['高橋', '髙橋']);
    expect(kanjiSpellings('髙橋')).toEqual(['髙橋', '高橋']);
    expect(kanjiSpellings('渡辺')).toEqual(['渡辺', '渡邊', '渡邉']);
    expect(kanjiSpellings('斎藤')).toEqual(['斎藤', '齋藤', '齊藤', '斉藤']);
    expect(kanjiSpellings('山﨑')).toEqual(['山﨑', '山崎', '山嵜', '山碕']);
  });

  it('leaves a key without variant kanji as it is', () => {
    expect(kanjiSpellings('ヤマダ')).toEqual(['ヤマダ']);
    expect(kanjiSpellings('')).toEqual(['']);
  });

  it('stops multiplying spellings of a long key full of variants', () => {
    const spellings = kanjiSpellings('斎斎斎斎');
    expect(spellings[0]).toBe('斎斎斎斎');
    expect(spellings.length).toBeLessThanOrEqual(16);
  });
});

describe('toLooseKey', () => {
  it('folds the voiced and half-voiced marks of a search key', () => {
    expect(toLooseKey(toSearchKey('いわざき'))).toBe('イワサキ');
    expect(toLooseKey(toSearchKey('イワサキ'))).toBe('イワサキ');
    expect(toLooseKey('パンダ')).toBe('ハンタ');
    expect(toLooseKey(toSearchKey('ゔぃ'))).toBe('ウイ');
  });
});
