/**
 * Record ids are made on the device. Most are random (crypto.randomUUID); a record that two devices
 * may create independently for the same real thing (an attendance mark for one student at one session)
 * gets an id derived from that thing, so both writes land on one record and merge instead of duplicating.
 */

export function newId(): string {
  return crypto.randomUUID();
}

/** FNV-1a over the text, four differently-seeded rounds, shaped as an RFC 4122 v8 (custom) UUID. */
export function derivedId(...parts: string[]): string {
  const text = parts.join('\u0000');
  let hex = '';
  for (let round = 0; round < 4; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    hex += (h >>> 0).toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const attendanceId = (sessionId: string, studentId: string) => derivedId('attendance', sessionId, studentId);
