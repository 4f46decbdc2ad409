/**
 * Encryption at rest, in one place: every value any table writes is sealed (crypto/sealed-value.ts:
 * all but the table's clear fields, crypto/clear-fields.ts, encrypted under the device's data key)
 * and every value read is opened again, below every caller, so features, repositories and sync
 * never see ciphertext and no write path (user edits, sync pages, the list rows and cache, the
 * outbox, conflicts) can store a personal field in clear.
 * - Level -2: below Dexie's own middlewares (hooks, liveQuery's observability and cache, the
 *   per-transaction value cache), so all of them see plain values; only IndexedDB sees sealed ones.
 * - WebCrypto is asynchronous: the encryption of a write and the decryption of a read are awaited
 *   with crypto/in-transaction.ts, which keeps the transaction alive and resumes inside it.
 * - Locked (no data key): a read gives a sealed value's clear fields only, and a write that would
 *   store a personal field throws DataLockedError (sync runs only while unlocked).
 * - Upgrade transactions write through unchanged: they run when the database opens, before any
 *   unlock; what they write in clear is sealed by the migration at the next unlock (encryption-migration.ts).
 * - A value sealed or opened lately opens from memory, synchronously (sealed-value.ts), so the
 *   re-reads of liveQuery and of a save (the record a screen shows) pay no WebCrypto round trip.
 * - A value sealed ahead by a caller that knew it would write it (crypto/sealed-ahead.ts: a save, a
 *   sync page) is stored with that blob, synchronously when it is done.
 */
import Dexie, { type DBCore, type DBCoreCursor, type DBCoreMutateRequest, type DBCoreTable, type Middleware } from 'dexie';
import { clearFieldsOf, type ClearFields } from './crypto/clear-fields';
import { currentDataKey, onDataKeyChange } from './crypto/data-key';
import { resumeInTransaction } from './crypto/in-transaction';
import { registerClearFields, rememberStored, storedBlob, takeSealedAhead } from './crypto/sealed-ahead';
import { clearPartOf, forgetOpenedValues, isSealed, openKnown, sealedValue, sealJson, splitValue, unseal, type Sealed } from './crypto/sealed-value';

// What was opened is held only while unlocked.
onDataKeyChange(() => forgetOpenedValues());

/** A personal field was to be written while the device is locked: nothing is stored. */
export class DataLockedError extends Error {
  constructor() {
    super('data-locked');
    this.name = 'DataLockedError';
  }
}

type Plain = Record<string, unknown>;

/** Transactions whose reads return stored values as they are (the migration must tell clear from sealed). */
const rawReads = new WeakSet<object>();

/** Reads inside this (IndexedDB) transaction skip decryption. */
export function readRawIn(trans: IDBTransaction): void {
  rawReads.add(trans);
}

/** A plain value, or a promise of one that resolves inside the transaction (Dexie's promise, so its zones carry on). */
function openValues(values: readonly unknown[], trans: IDBTransaction, store: string): unknown[] | Promise<unknown[]> {
  if (!values.some(isSealed)) return values as unknown[];
  const key = currentDataKey();
  if (!key) return values.map((v) => (isSealed(v) ? clearPartOf(v) : v));
  // undefined: sealed, and not met lately (a missing record reads as undefined too, but is not sealed).
  const known = values.map((v) => (isSealed(v) ? openKnown(v) : v));
  const unknown = (v: unknown, i: number): v is Sealed => isSealed(v) && known[i] === undefined;
  if (!values.some(unknown)) return known;
  const opened = Promise.all(values.map((v, i) => (unknown(v, i) ? unseal(v, key) : known[i])));
  return Dexie.Promise.resolve(resumeInTransaction(trans, store, opened)) as Promise<unknown[]>;
}

/**
 * The values to store, sealed: at once when nothing is hidden or every blob was sealed ahead
 * (crypto/sealed-ahead.ts), otherwise a promise that resolves inside the transaction. All of a
 * request's seals run at the same time (one bulkPut of a sync page: one wait, not thousands).
 */
function sealValues(values: readonly unknown[], clear: ClearFields, trans: IDBTransaction, dbName: string, store: string): unknown[] | Promise<unknown[]> {
  const parts = values.map((v) => (typeof v === 'object' && v !== null && !isSealed(v) ? splitValue(v as Plain, clear) : undefined));
  if (!parts.some((p) => p?.hidden)) return values as unknown[];
  const key = currentDataKey();
  if (!key) throw new DataLockedError();
  const jsons = parts.map((p) => (p?.hidden ? JSON.stringify(p.hidden) : undefined));
  const idOf = (i: number) => (values[i] as Plain).id;
  const blobs = jsons.map((json, i) => {
    if (json === undefined) return undefined;
    const id = idOf(i);
    const same = typeof id === 'string' ? storedBlob(dbName, store, id, json) : undefined;
    if (same) return same;
    const ready = takeSealedAhead(dbName, store, json);
    // A seal started ahead that failed (the key changed meanwhile) is done again now.
    if (ready === undefined) return sealJson(json, key);
    return ArrayBuffer.isView(ready) ? ready : ready.catch(() => sealJson(json, key));
  });
  const assemble = (done: readonly (Uint8Array<ArrayBuffer> | undefined)[]) =>
    values.map((v, i) => {
      const blob = done[i];
      if (!blob) return v;
      const id = idOf(i);
      if (typeof id === 'string') rememberStored(dbName, store, id, jsons[i]!, blob);
      return sealedValue(parts[i]!.shown, blob);
    });
  // (Not `instanceof Promise`: inside a Dexie transaction the global Promise may be Dexie's.)
  if (blobs.every((b) => b === undefined || ArrayBuffer.isView(b))) return assemble(blobs as (Uint8Array<ArrayBuffer> | undefined)[]);
  return Dexie.Promise.resolve(resumeInTransaction(trans, store, Promise.all(blobs).then(assemble))) as Promise<unknown[]>;
}

const thenMaybe = <T, R>(value: T | Promise<T>, next: (v: T) => R): R | Promise<R> => (value instanceof Promise || value instanceof Dexie.Promise ? (value as Promise<T>).then(next) : next(value as T));

/** A cursor whose `value` is the opened value: each step waits for its decryption before the caller sees it. */
function openingCursor(cursor: DBCoreCursor, store: string): DBCoreCursor {
  let value: unknown;
  const wrapped: DBCoreCursor = {
    get trans() {
      return cursor.trans;
    },
    get key() {
      return cursor.key;
    },
    get primaryKey() {
      return cursor.primaryKey;
    },
    get value() {
      return value;
    },
    get done() {
      return cursor.done;
    },
    continue: (key) => cursor.continue(key),
    continuePrimaryKey: (key, primaryKey) => cursor.continuePrimaryKey(key, primaryKey),
    advance: (count) => cursor.advance(count),
    stop: (v) => cursor.stop(v),
    fail: (error) => cursor.fail(error),
    start: (onNext) =>
      cursor.start(() => {
        const opened = openValues([cursor.value], cursor.trans as IDBTransaction, store);
        const step = (values: unknown[]) => {
          value = values[0];
          onNext();
        };
        if (Array.isArray(opened)) step(opened);
        else
          opened.then(step).catch((error: unknown) => {
            cursor.fail(error instanceof Error ? error : new Error(String(error)));
          });
      }),
    next: () => {
      let gotOne = 1;
      return wrapped.start(() => (gotOne-- ? wrapped.continue() : wrapped.stop())).then(() => wrapped);
    },
  };
  return wrapped;
}

function encryptedTable(dbName: string, table: DBCoreTable): DBCoreTable {
  const { name } = table;
  const keyPath = table.schema.primaryKey.keyPath;
  const clear = clearFieldsOf(name, keyPath === null || keyPath === undefined ? [] : Array.isArray(keyPath) ? keyPath : [keyPath]);
  registerClearFields(dbName, name, clear);
  const transOf = (req: { trans: unknown }) => req.trans as IDBTransaction;
  const opened: Pick<DBCoreTable, 'get' | 'getMany' | 'query' | 'openCursor'> = {
    get: (req) => table.get(req).then((v: unknown) => thenMaybe(openValues([v], transOf(req), name), (vs) => vs[0])),
    getMany: (req) => table.getMany(req).then((vs: unknown[]) => openValues(vs, transOf(req), name)),
    query: (req) =>
      table.query(req).then((res) => (req.values ? thenMaybe(openValues(res.result, transOf(req), name), (result) => ({ ...res, result })) : res)),
    openCursor: (req) => table.openCursor(req).then((cursor) => (cursor && req.values ? openingCursor(cursor, name) : cursor)),
  };
  const raw = (req: { trans: unknown }) => rawReads.has(req.trans as object);
  return {
    ...table,
    mutate: (req) => {
      if ((req.type !== 'add' && req.type !== 'put') || transOf(req).mode === 'versionchange') return table.mutate(req);
      const sealed = sealValues(req.values, clear, transOf(req), dbName, name);
      const write = (values: unknown[]) => table.mutate({ ...req, values } as DBCoreMutateRequest);
      return Array.isArray(sealed) ? write(sealed) : sealed.then(write);
    },
    get: (req) => (raw(req) ? table.get(req) : opened.get(req)),
    getMany: (req) => (raw(req) ? table.getMany(req) : opened.getMany(req)),
    query: (req) => (raw(req) ? table.query(req) : opened.query(req)),
    openCursor: (req) => (raw(req) ? table.openCursor(req) : opened.openCursor(req)),
  };
}

export const encryptionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'EncryptionAtRest',
  level: -2,
  create: (down) => ({ ...down, table: (name) => encryptedTable(down.schema.name, down.table(name)) }),
};
