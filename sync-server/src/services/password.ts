/**
 * Password hashing with scrypt (node:crypto), memory-hard so a stolen database is slow to crack on
 * GPUs. Stored as `scrypt$N$r$p$salt$hash` (base64url), so the cost can be raised later without
 * invalidating old hashes. Verification recomputes with the stored parameters and compares in
 * constant time. Parameters read from the database are bounded before use (a corrupted row must not
 * make the server allocate gigabytes).
 *
 * Default N=2^15, r=8, p=1: 32 MiB and ~50-100 ms per hash on the target machine (OWASP's scrypt
 * minimum is N=2^17 with r=8,p=1 or an equivalent; 2^15 is chosen to keep a login burst on 2 shared
 * cores responsive — raise N when the server gets more memory; old hashes keep verifying).
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export type ScryptParams = { N: number; r: number; p: number };
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_BYTES = 16;
const MAX_N = 2 ** 20;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; the default maxmem (32 MiB) is exactly too small for N=2^15, r=8.
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** False for a wrong password and for any malformed stored value (never throws on bad data). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const valid = Number.isInteger(N) && N > 1 && N <= MAX_N && (N & (N - 1)) === 0 && Number.isInteger(r) && r >= 1 && r <= 32 && Number.isInteger(p) && p >= 1 && p <= 16;
  if (!valid) return false;
  const salt = Buffer.from(parts[4]!, 'base64url');
  const expected = Buffer.from(parts[5]!, 'base64url');
  if (salt.length === 0 || expected.length !== KEY_LENGTH) return false;
  const actual = await derive(password, salt, { N, r, p });
  return timingSafeEqual(actual, expected);
}

/**
 * A hash of a random password with the current parameters: an unknown login id is verified against
 * it, so it costs the same time as a wrong password (no user enumeration by timing).
 */
export function createDummyHash(params: ScryptParams = DEFAULT_SCRYPT): () => Promise<string> {
  let dummy: Promise<string> | undefined;
  return () => (dummy ??= hashPassword(randomBytes(18).toString('base64url'), params));
}
