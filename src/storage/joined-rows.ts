/**
 * One string per array of rows, for a search that must look at every row on every keystroke: the
 * rows' keys joined, each after a line break, so a query is a few `indexOf` calls over one string
 * (V8 scans it in one go) instead of a call per row, and each hit maps back to its row. At 50,000
 * seekers a per-row scan was a keystroke's largest own cost, several times over for a query with
 * name-kanji variants (ざき: 崎, 﨑, 埼 …).
 * The keys must not contain a line break (folded names and phone digits do not).
 */
const SEP = '\n';

export type JoinedRows = {
  /** SEP + key of row 0 + SEP + key of row 1 … */
  text: string;
  /** starts[i]: the index of the SEP before row i's key; starts[n] = text.length. */
  starts: Int32Array;
};

export function joinRows<T>(rows: readonly T[], keyOf: (row: T) => string): JoinedRows {
  const starts = new Int32Array(rows.length + 1);
  let length = 0;
  const parts = rows.map((row, i) => {
    const key = keyOf(row);
    starts[i] = length;
    length += SEP.length + key.length;
    return key;
  });
  starts[rows.length] = length;
  return { text: parts.length > 0 ? SEP + parts.join(SEP) : '', starts };
}

/** The row whose key holds the text's index `at` (starts[row] <= at < starts[row + 1]). */
function rowAt(starts: Int32Array, at: number): number {
  let [lo, hi] = [0, starts.length - 2];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Marks (1) in `marks` the rows whose key contains `part`. */
export function markContaining(joined: JoinedRows, part: string, marks: Uint8Array): void {
  if (part === '') {
    marks.fill(1);
    return;
  }
  const { text, starts } = joined;
  for (let at = text.indexOf(part); at >= 0; ) {
    const row = rowAt(starts, at);
    marks[row] = 1;
    // On to the next row: one hit per row is enough.
    at = text.indexOf(part, starts[row + 1]!);
  }
}

/** Marks (1) in `marks` the rows whose key starts with `prefix`. */
export function markStartingWith(joined: JoinedRows, prefix: string, marks: Uint8Array): void {
  const { text, starts } = joined;
  const needle = SEP + prefix;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) marks[rowAt(starts, at)] = 1;
}
