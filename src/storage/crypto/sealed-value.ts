/**
 * One stored value, encrypted: its clear fields (clear-fields.ts) stay as they are, everything else
 * goes into `_enc`, the AES-GCM encryption of the JSON of those fields under the device's data key,
 * prefixed by a fresh random 96-bit IV (NIST SP 800-38D §8.2.2: an IV is never reused with a key).
 * One blob per value keeps it to one WebCrypto call per record.
 */
import type { ClearFields } from './clear-fields';

export const SEALED = '_enc';
const IV_BYTES = 12;

type Plain = Record<string, unknown>;
export type Sealed = Plain & { [SEALED]: Uint8Array<ArrayBuffer> };

const isPlainObject = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);

export const isSealed = (value: unknown): value is Sealed => isPlainObject(value) && ArrayBuffer.isView(value[SEALED]);

/** The value's clear part and the part to encrypt (undefined when nothing is hidden). */
export function splitValue(value: Plain, clear: ClearFields): { shown: Plain; hidden: Plain | undefined } {
  const shown: Plain = {};
  const hidden: Plain = {};
  let hides = false;
  for (const [field, v] of Object.entries(value)) {
    const rule = clear[field];
    if (rule === true) shown[field] = v;
    else if (rule && isPlainObject(v)) {
      const inner = splitValue(v, rule);
      shown[field] = inner.shown;
      if (inner.hidden) [hidden[field], hides] = [inner.hidden, true];
    } else if (v !== undefined) [hidden[field], hides] = [v, true];
  }
  return { shown, hidden: hides ? hidden : undefined };
}

/** Does this stored value hold a field in clear that it should not (data from before encryption)? */
export const holdsClearSecrets = (value: unknown, clear: ClearFields): boolean =>
  isPlainObject(value) && !isSealed(value) && splitValue(value, clear).hidden !== undefined;

function merge(shown: Plain, hidden: Plain): Plain {
  const out: Plain = { ...shown };
  for (const [field, v] of Object.entries(hidden)) out[field] = isPlainObject(v) && isPlainObject(out[field]) ? merge(out[field], v) : v;
  return out;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function seal(value: Plain, clear: ClearFields, key: CryptoKey): Promise<Plain> {
  const { shown, hidden } = splitValue(value, clear);
  if (!hidden) return shown;
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoder.encode(JSON.stringify(hidden))));
  const blob = new Uint8Array(IV_BYTES + data.length);
  blob.set(iv);
  blob.set(data, IV_BYTES);
  return { ...shown, [SEALED]: blob };
}

export async function unseal(value: Sealed, key: CryptoKey): Promise<Plain> {
  const { [SEALED]: blob, ...shown } = value;
  const bytes = new Uint8Array(blob.buffer, blob.byteOffset, blob.byteLength);
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.subarray(0, IV_BYTES) }, key, bytes.subarray(IV_BYTES));
  return merge(shown, JSON.parse(decoder.decode(plain)) as Plain);
}

/** What a locked device can read of a sealed value: its clear fields only. */
export function clearPartOf(value: Sealed): Plain {
  const { [SEALED]: blob, ...shown } = value;
  void blob;
  return shown;
}
