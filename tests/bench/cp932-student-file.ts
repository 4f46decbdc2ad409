/**
 * A school's student list as its school-affairs system exports it, for the import bench: CP932 bytes,
 * CRLF, the columns in the system's own order, readings in half-width katakana, names with 髙 and 﨑.
 * The browser has no Shift_JIS encoder, so the bytes come from its decoder run backwards: every CP932
 * code decoded once, kept as character → bytes (the first code wins where NEC and IBM both have one).
 * Runs in Node and in the bench page alike (TextDecoder only).
 */
import type { Student } from '../../src/shared/entities';
import { personName } from '../../src/shared/demo/names';
import { createRng } from '../../src/shared/demo/rng';

function cp932Table(): Map<string, number[]> {
  const decoder = new TextDecoder('shift_jis');
  const table = new Map<string, number[]>();
  for (let b = 0; b < 0x80; b++) table.set(String.fromCharCode(b), [b]);
  for (let b = 0xa1; b <= 0xdf; b++) table.set(decoder.decode(new Uint8Array([b])), [b]);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

function encodeCp932(text: string): Uint8Array {
  const table = cp932Table();
  const out: number[] = [];
  for (const ch of text) {
    const bytes = table.get(ch);
    if (!bytes) throw new Error(`not in CP932: ${ch}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}

/** Full-width katakana → half-width (ﾀｶﾊｼ), the inverse of NFKC over the half-width block. */
function halfWidthTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (let code = 0xff66; code <= 0xff9d; code++) {
    const half = String.fromCharCode(code);
    for (const form of [half, `${half}ﾞ`, `${half}ﾟ`]) {
      const full = form.normalize('NFKC');
      if (full.length === 1 && !table.has(full)) table.set(full, form);
    }
  }
  return table;
}

/**
 * `rows` data rows under the header 出席番号,生徒氏名,ﾌﾘｶﾞﾅ,学年,クラス,備考: first the school's registered
 * students again (a school re-sends its whole list), then new ones; the last rows name a fourth grade.
 */
export function cp932StudentFile(registered: readonly Student[], rows: number): Uint8Array {
  const half = halfWidthTable();
  const toHalf = (kana: string) => [...kana].map((ch) => half.get(ch) ?? ch).join('');
  const rng = createRng(1, 'import-bench');
  const lines = ['出席番号,生徒氏名,ﾌﾘｶﾞﾅ,学年,クラス,備考'];
  for (let i = 0; i < rows; i++) {
    const again = registered[i];
    const n = again ?? { ...personName(rng, 2009), grade: 1 + Math.floor(i / 320), className: `${1 + (Math.floor(i / 40) % 8)}組`, number: (i % 40) + 1 };
    const family = n.familyName.replace('高', '髙').replace('崎', '﨑');
    lines.push([n.number ?? '', `${family}\u3000${n.givenName}`, `${toHalf(n.familyNameKana)} ${toHalf(n.givenNameKana)}`, `${n.grade}年`, n.className, i % 50 === 0 ? '①' : ''].join(','));
  }
  return encodeCp932(`${lines.join('\r\n')}\r\n`);
}
