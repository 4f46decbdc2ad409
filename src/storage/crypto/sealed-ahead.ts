/**
 * Seals started before their write. WebCrypto answers on another thread, and a seal awaited inside
 * the write's transaction costs a round trip that the transaction must be kept alive through
 * (in-transaction.ts): a save used to wait for three of them in a row (the record, its list row, its
 * outbox patch). A caller that knows what it will write starts those seals early, all at once and
 * while it does other work (the rules' reads, the previous sync page's write); the encryption
 * middleware then takes the finished blob for a value whose hidden part is the same JSON, in the
 * same table of the same database, synchronously.
 * Only a head start, never a different result: a value is matched on exactly what would be sealed,
 * so a write that differs from the prediction is sealed as before. Each blob (and so each IV) is
 * taken once. Memory only, bounded, emptied at every key change (the plaintext JSON is its key).
 */
import type { ClearFields } from './clear-fields';
import { currentDataKey, onDataKeyChange } from './data-key';
import { sealJson, splitValue } from './sealed-value';

type Blob = Uint8Array<ArrayBuffer>;
type Ahead = { blob?: Blob; sealing: Promise<Blob> };

const ahead = new Map<string, Ahead>();
/** Two sync pages of seekers and their list rows (5,000 each) may be sealed ahead at once. */
const AHEAD_MAX = 25_000;

/**
 * The clear fields of each table of each database (by name) that the encryption middleware seals:
 * it registers them when it opens. A database without the middleware gets no seals ahead.
 */
const clearOfTable = new Map<string, ClearFields>();

onDataKeyChange(() => ahead.clear());

const tableKey = (dbName: string, table: string) => `${dbName}\u0000${table}`;
const keyOf = (dbName: string, table: string, json: string) => `${tableKey(dbName, table)}\u0000${json}`;

export function registerClearFields(dbName: string, table: string, clear: ClearFields): void {
  clearOfTable.set(tableKey(dbName, table), clear);
}

/** Starts sealing what writing `values` to `table` of database `dbName` will store (nothing while locked, or before it opened). */
export function sealAhead(dbName: string, table: string, values: readonly object[]): void {
  const key = currentDataKey();
  const clear = clearOfTable.get(tableKey(dbName, table));
  if (!key || !clear) return;
  for (const value of values) {
    const { hidden } = splitValue(value as Record<string, unknown>, clear);
    if (!hidden) continue;
    const json = JSON.stringify(hidden);
    const at = keyOf(dbName, table, json);
    const id = (value as { id?: unknown }).id;
    if (ahead.has(at) || (typeof id === 'string' && storedBlob(dbName, table, id, json))) continue;
    if (ahead.size >= AHEAD_MAX) ahead.delete(ahead.keys().next().value!);
    const entry: Ahead = { sealing: sealJson(json, key) };
    entry.sealing.then(
      (blob) => (entry.blob = blob),
      () => ahead.delete(at),
    );
    ahead.set(at, entry);
  }
}

/**
 * The blob sealed ahead for this hidden JSON in this table, taken (each is used once): the blob
 * itself when it is done, its promise while it runs, undefined when none was started.
 */
export function takeSealedAhead(dbName: string, table: string, json: string): Blob | Promise<Blob> | undefined {
  const at = keyOf(dbName, table, json);
  const entry = ahead.get(at);
  if (!entry) return undefined;
  ahead.delete(at);
  return entry.blob ?? entry.sealing;
}

/**
 * The blob last stored for each record (by table and id) with the hidden JSON it seals. Writing the
 * same hidden part again stores that blob instead of sealing anew: a push's acknowledgement moves
 * only a record's clear fields (version, timestamps) and leaves its list row as it was, and storing
 * the same ciphertext again is the same as keeping it (no new IV is used). Matched on the whole JSON.
 */
const stored = new Map<string, { json: string; blob: Blob }>();
/** A push batch's records and their list rows, twice over. */
const STORED_MAX = 4_000;

onDataKeyChange(() => stored.clear());

export function rememberStored(dbName: string, table: string, id: string, json: string, blob: Blob): void {
  const at = keyOf(dbName, table, id);
  stored.delete(at); // re-inserted last: the oldest record goes first
  if (stored.size >= STORED_MAX) stored.delete(stored.keys().next().value!);
  stored.set(at, { json, blob });
}

/** The blob stored last for this record, if it seals exactly this hidden JSON. */
export function storedBlob(dbName: string, table: string, id: string, json: string): Blob | undefined {
  const last = stored.get(keyOf(dbName, table, id));
  return last?.json === json ? last.blob : undefined;
}
