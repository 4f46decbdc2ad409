/**
 * The data key and the keys that wrap it (WebCrypto, no dependency). The data key is a random
 * AES-GCM 256 key that encrypts the personal fields at rest; it is never stored as it is, only
 * wrapped (AES-KW, RFC 3394) by:
 * - a key derived from the passcode (PBKDF2-SHA-256, PASSCODE_ITERATIONS, a salt of its own), so the
 *   app opens offline; a wrong passcode fails AES-KW's integrity check, which is the passcode check;
 * - a key the server holds for this user and device, so an online sign-in opens it after a forgotten
 *   passcode or the 7-day window.
 * Wrapping needs the key extractable, so it is made (or briefly unwrapped) extractable, wrapped, and
 * only a NON-extractable copy is handed out for use: a script in the page can use it but never read it.
 */
import { fromBase64, toBase64 } from './base64';
import { PASSCODE_ITERATIONS } from './passcode';

const DATA_KEY = { name: 'AES-GCM', length: 256 } as const;
const DATA_KEY_USAGES: KeyUsage[] = ['encrypt', 'decrypt'];
const WRAPPING: KeyUsage[] = ['wrapKey', 'unwrapKey'];

/** A wrapping key and the base64 wrapped data key it opens: what an unlocked app keeps to re-wrap. */
export type Opener = { wrappingKey: CryptoKey; wrappedKey: string };

/** The wrapping key of a passcode; `salt` and `iterations` come from the stored record, or are new. */
export async function passcodeWrappingKey(pin: string, salt: string, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations }, material, { name: 'AES-KW', length: 256 }, false, WRAPPING);
}

/** The server's key for this user and device: 32 random bytes in base64, imported non-extractable. */
export function serverWrappingKey(raw: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromBase64(raw), 'AES-KW', false, WRAPPING);
}

async function wrap(dataKey: CryptoKey, wrappingKey: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, 'AES-KW')));
}

/** null when the wrapping key is not the one it was wrapped with (a wrong passcode, a replaced server key). */
async function unwrap(wrappedKey: string, wrappingKey: CryptoKey, extractable: boolean): Promise<CryptoKey | null> {
  try {
    return await crypto.subtle.unwrapKey('raw', fromBase64(wrappedKey), wrappingKey, 'AES-KW', DATA_KEY, extractable, DATA_KEY_USAGES);
  } catch {
    return null;
  }
}

/** The data key for use (non-extractable), or null when `opener` does not open it. */
export function openDataKey(opener: Opener): Promise<CryptoKey | null> {
  return unwrap(opener.wrappedKey, opener.wrappingKey, false);
}

/** A new random data key: wrapped by `wrappingKey`, and the non-extractable copy for use. */
export async function makeDataKey(wrappingKey: CryptoKey): Promise<{ dataKey: CryptoKey; opener: Opener }> {
  const extractable = await crypto.subtle.generateKey(DATA_KEY, true, DATA_KEY_USAGES);
  const opener = { wrappingKey, wrappedKey: await wrap(extractable, wrappingKey) };
  const dataKey = await openDataKey(opener);
  if (!dataKey) throw new Error('makeDataKey: a key just wrapped does not unwrap');
  return { dataKey, opener };
}

/**
 * The same data key wrapped by another key (a new passcode, the server's): the data is never
 * re-encrypted. The extractable copy lives only inside this call. null when `opener` does not open.
 */
export async function rewrap(opener: Opener, wrappingKey: CryptoKey): Promise<Opener | null> {
  const extractable = await unwrap(opener.wrappedKey, opener.wrappingKey, true);
  return extractable && { wrappingKey, wrappedKey: await wrap(extractable, wrappingKey) };
}

/** A passcode's wrapping key with a new salt, and the record fields that derive it again. */
export async function newPasscodeWrappingKey(pin: string, iterations = PASSCODE_ITERATIONS): Promise<{ wrappingKey: CryptoKey; salt: string; iterations: number }> {
  const salt = toBase64(crypto.getRandomValues(new Uint8Array(16)));
  return { wrappingKey: await passcodeWrappingKey(pin, salt, iterations), salt, iterations };
}
