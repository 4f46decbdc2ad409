/**
 * One stored value, encrypted: its clear fields (clear-fields.ts) stay as they are, everything else
 * goes into `_enc`, the AES-GCM encryption of the JSON of those fields under the device's data key,
 * prefixed by a fresh random 96-bit IV (NIST SP 800-38D §8.2.2: an IV is never reused with a key).
 * One blob per value keeps it to one WebCrypto call per record.
 * The plaintext starts with a format byte: 0, the JSON as UTF-8; 1, the same deflated. Large values
 * (the cached seeker list, ~5 MB of UTF-8 at 10,000 seekers) are deflated first: AES-GCM then has a
 * fifth of the bytes to go through at the cold start, which reads the list (seeker-list-cache.ts).
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

const PLAIN_JSON = 0;
const DEFLATED_JSON = 1;
/** Below this many bytes deflating costs more than it saves (a record is 1–3 KB). */
const DEFLATE_FROM_BYTES = 64 * 1024;

async function through(bytes: Uint8Array<ArrayBuffer>, transform: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new Response(new Response(bytes).body!.pipeThrough(transform)).arrayBuffer());
}

/**
 * The buffer every record's plaintext is encoded into: WebCrypto copies its input when it is called
 * (WebCrypto: "get a copy of the bytes held by the data parameter"), so the next seal may reuse it
 * at once; a sync page's thousands of seals then allocate nothing for it.
 */
let scratch: Uint8Array<ArrayBuffer> | undefined;

/** A record's plaintext, in the shared buffer: valid until the next call; undefined when it is large enough to deflate. */
function recordPlaintext(json: string): Uint8Array<ArrayBuffer> | undefined {
  if (json.length >= DEFLATE_FROM_BYTES) return undefined;
  // A UTF-16 code unit is at most 3 UTF-8 bytes.
  scratch ??= new Uint8Array(1 + 3 * DEFLATE_FROM_BYTES);
  const { written } = encoder.encodeInto(json, scratch.subarray(1));
  if (written >= DEFLATE_FROM_BYTES) return undefined;
  scratch[0] = PLAIN_JSON;
  return scratch.subarray(0, 1 + written);
}

async function deflatedPlaintext(json: string): Promise<Uint8Array<ArrayBuffer>> {
  const body = await through(encoder.encode(json), new CompressionStream('deflate-raw'));
  const out = new Uint8Array(1 + body.length);
  out[0] = DEFLATED_JSON;
  out.set(body, 1);
  return out;
}

async function jsonOf(plaintext: Uint8Array<ArrayBuffer>): Promise<string> {
  const body = plaintext.subarray(1);
  return decoder.decode(plaintext[0] === DEFLATED_JSON ? await through(body, new DecompressionStream('deflate-raw')) : body);
}

/**
 * The hidden JSON of values sealed or opened lately, by their IV (random per sealing, so an IV names
 * one sealed version of one value). A read of a value met before (the record a screen shows, then
 * saves; liveQuery's re-reads after each write) is then opened without WebCrypto, synchronously,
 * and so without keeping its transaction waiting. Memory only; emptied at every lock (data-key.ts).
 */
const recentlyOpened = new Map<string, string>();
const RECENT_MAX = 5_000;

const ivKeyOf = (blob: Uint8Array): string => {
  let key = '';
  for (let i = 0; i < IV_BYTES; i++) key += String.fromCharCode(blob[i]!);
  return key;
};

function remember(ivKey: string, json: string): void {
  if (recentlyOpened.size >= RECENT_MAX) recentlyOpened.delete(recentlyOpened.keys().next().value!);
  recentlyOpened.set(ivKey, json);
}

export function forgetOpenedValues(): void {
  recentlyOpened.clear();
}

/** The value opened without WebCrypto, when it was sealed or opened lately; undefined otherwise. */
export function openKnown(value: Sealed): Plain | undefined {
  const json = recentlyOpened.get(ivKeyOf(value[SEALED]));
  return json === undefined ? undefined : merge(clearPartOf(value), JSON.parse(json) as Plain);
}

/** The `_enc` blob of a hidden part's JSON: a fresh IV, then the AES-GCM ciphertext. */
export async function sealJson(json: string, key: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  // No await between filling the shared buffer and encrypt's copy of it (a record's path is synchronous).
  const plaintext = recordPlaintext(json) ?? (await deflatedPlaintext(json));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plaintext));
  remember(ivKeyOf(iv), json);
  const blob = new Uint8Array(IV_BYTES + data.length);
  blob.set(iv);
  blob.set(data, IV_BYTES);
  return blob;
}

/** A value's clear part with its sealed blob. */
export const sealedValue = (shown: Plain, blob: Uint8Array<ArrayBuffer>): Sealed => ({ ...shown, [SEALED]: blob });

export async function seal(value: Plain, clear: ClearFields, key: CryptoKey): Promise<Plain> {
  const { shown, hidden } = splitValue(value, clear);
  return hidden ? sealedValue(shown, await sealJson(JSON.stringify(hidden), key)) : shown;
}

export async function unseal(value: Sealed, key: CryptoKey): Promise<Plain> {
  const { [SEALED]: blob, ...shown } = value;
  const bytes = new Uint8Array(blob.buffer, blob.byteOffset, blob.byteLength);
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.subarray(0, IV_BYTES) }, key, bytes.subarray(IV_BYTES));
  const json = await jsonOf(new Uint8Array(plain));
  remember(ivKeyOf(bytes), json);
  return merge(shown, JSON.parse(json) as Plain);
}

/** What a locked device can read of a sealed value: its clear fields only. */
export function clearPartOf(value: Sealed): Plain {
  const { [SEALED]: blob, ...shown } = value;
  void blob;
  return shown;
}
