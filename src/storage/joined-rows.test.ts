import { describe, expect, it } from 'vitest';
import { joinRows, markContaining, markStartingWith } from './joined-rows';

const keys = ['サトウハナコ 佐藤花子', '', 'ヤマザキ 山崎', 'サトウ', 'キキ', 'ザキ', '01662233', '0166', '090166'];
const marked = (mark: (marks: Uint8Array) => void, n = keys.length) => {
  const marks = new Uint8Array(n);
  mark(marks);
  return [...marks.keys()].filter((i) => marks[i] === 1);
};
const expected = (test: (key: string) => boolean) => keys.flatMap((k, i) => (test(k) ? [i] : []));

describe('rows joined into one string for the search', () => {
  const joined = joinRows(keys, (k) => k);

  it.each(['サトウ', 'ザキ', 'キ', '佐藤', 'ハナコ 佐', '0166', '2233', 'ア', 'サトウハナコ 佐藤花子', 'ウハ'])('finds the same rows as includes for %s', (part) => {
    expect(marked((m) => markContaining(joined, part, m))).toEqual(expected((k) => k.includes(part)));
  });

  it('never matches across two rows', () => {
    expect(marked((m) => markContaining(joined, 'ウキ', m))).toEqual([]);
    expect(marked((m) => markContaining(joined, '崎サ', m))).toEqual([]);
  });

  it.each(['0166', '01662', '090', '1'])('finds the same rows as startsWith for %s', (prefix) => {
    expect(marked((m) => markStartingWith(joined, prefix, m))).toEqual(expected((k) => k.startsWith(prefix)));
  });

  it('an empty part is in every row, as with includes', () => {
    expect(marked((m) => markContaining(joined, '', m))).toEqual(expected(() => true));
  });

  it('copes with no rows', () => {
    const none = joinRows([], (k: string) => k);
    expect(marked((m) => markContaining(none, 'サ', m), 0)).toEqual([]);
    expect(marked((m) => markStartingWith(none, '0166', m), 0)).toEqual([]);
  });
});
