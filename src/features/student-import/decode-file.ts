/**
 * A school's CSV as text. School-affairs systems export Shift_JIS (in practice Windows-31J / CP932,
 * with the NEC and IBM extensions: 髙, 﨑, ①), sometimes UTF-8 with or without a byte order mark. The
 * browser's own TextDecoder reads both: its 'shift_jis' is the WHATWG decoder, which is Windows-31J.
 * Automatic: a BOM means UTF-8; otherwise UTF-8 if the bytes are valid UTF-8 (Shift_JIS Japanese almost
 * never is), else Shift_JIS. The person can force either; bytes the chosen encoding cannot read become
 * U+FFFD and are counted, so the screen can say the file looks broken in that encoding.
 */

export const ENCODING_CHOICES = ['auto', 'utf-8', 'shift_jis'] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number];
export type Encoding = Exclude<EncodingChoice, 'auto'>;

export type DecodedFile = {
  text: string;
  /** The encoding the text was read in (the one chosen, or the one detected). */
  encoding: Encoding;
  /** Byte sequences that encoding could not read (each became U+FFFD): 0 for a sound file. */
  unreadable: number;
};

const hasUtf8Bom = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

const countUnreadable = (text: string) => {
  let n = 0;
  for (const ch of text) if (ch === '\uFFFD') n += 1;
  return n;
};

function decodeAs(bytes: Uint8Array, encoding: Encoding): DecodedFile {
  // The decoder drops a UTF-8 BOM itself; a BOM read as Shift_JIS is garbage like any other byte.
  const text = new TextDecoder(encoding).decode(bytes);
  return { text, encoding, unreadable: countUnreadable(text) };
}

/** The file's text in the chosen encoding, or in the detected one for 'auto'. */
export function decodeCsvBytes(bytes: Uint8Array, choice: EncodingChoice = 'auto'): DecodedFile {
  if (choice !== 'auto') return decodeAs(bytes, choice);
  if (hasUtf8Bom(bytes)) return decodeAs(bytes, 'utf-8');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', unreadable: 0 };
  } catch {
    return decodeAs(bytes, 'shift_jis');
  }
}
