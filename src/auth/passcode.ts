/**
 * The offline passcode: 4–8 digits that reopen the app on this device for 7 days after the last
 * online sign-in. It is not stored in any form: it derives the key that wraps the data key
 * (data-key-wrapping.ts), and a wrong one simply fails to unwrap. Be honest about what it is worth:
 * 4–8 digits fall to an offline guess against a copied profile whatever the iteration count (README,
 * "Keys"); the count slows each guess, the 5-try lock-out and the 7-day window bind only the app.
 */
import { fromBase64 } from './base64';

/** ≥100k (brief); 200k costs ~0.1 s on a laptop, a few tenths on an older tablet: once per unlock. */
export const PASSCODE_ITERATIONS = 200_000;
export const MAX_PASSCODE_FAILURES = 5;
export const OFFLINE_UNLOCK_DAYS = 7;

/** What a device set up before the data key stored: a salted PBKDF2 hash. Read once, then replaced. */
export type LegacyPasscodeHash = { salt: string; hash: string; iterations: number };

export async function verifyLegacyPasscode(pin: string, stored: LegacyPasscodeHash): Promise<boolean> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(stored.salt), iterations: stored.iterations }, key, 256);
  const actual = new Uint8Array(bits);
  const expected = fromBase64(stored.hash);
  // Compare every byte: the time taken says nothing about how much matched.
  let diff = actual.length ^ expected.length;
  for (let i = 0; i < actual.length; i += 1) diff |= actual[i]! ^ (expected[i] ?? 0);
  return diff === 0;
}
