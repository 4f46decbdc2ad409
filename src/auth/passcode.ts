/**
 * The offline passcode: 4–8 digits that reopen the app on this device for 7 days after
 * the last online sign-in. Only a salted PBKDF2-SHA-256 hash is stored (WebCrypto, no dependency).
 * Be honest about what it is: a lock screen, not encryption. 4–8 digits fall to an offline guess
 * whatever the iteration count, and IndexedDB itself is not encrypted; the count only slows a
 * casual attacker. The real limits are the 5-try lock-out, the 7-day window and the server session.
 */
/** ≥100k (brief); 200k costs ~0.1 s on a laptop, a few tenths on an older tablet: once per unlock. */
export const PASSCODE_ITERATIONS = 200_000;
export const MAX_PASSCODE_FAILURES = 5;
export const OFFLINE_UNLOCK_DAYS = 7;

export type PasscodeHash = { salt: string; hash: string; iterations: number };

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return new Uint8Array(bits);
}

export async function hashPasscode(pin: string, iterations = PASSCODE_ITERATIONS): Promise<PasscodeHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: toBase64(salt), hash: toBase64(await derive(pin, salt, iterations)), iterations };
}

export async function verifyPasscode(pin: string, stored: PasscodeHash): Promise<boolean> {
  const actual = await derive(pin, fromBase64(stored.salt), stored.iterations);
  const expected = fromBase64(stored.hash);
  // Compare every byte: the time taken says nothing about how much matched.
  let diff = actual.length ^ expected.length;
  for (let i = 0; i < actual.length; i += 1) diff |= actual[i]! ^ (expected[i] ?? 0);
  return diff === 0;
}
