/**
 * The bench page: runs in headless Chromium on the sync server's origin and exposes `window.bench`
 * (bench-api.ts). It uses the app's real storage and sync code; only the floor and the profile
 * talk to the server by hand. Sync needs a session: `signIn` signs in through the app's apiRequest
 * (POST /api/auth/login with the X-Field-Client header; the browser adds Origin and keeps the cookie).
 */
import Dexie from 'dexie';
import { ENTITY_SCHEMAS, type Seeker } from '../../../src/shared/entities';
import { RECORD_META_KEYS } from '../../../src/shared/fields';
import { sessionResponseSchema, type SessionResponse } from '../../../src/shared/auth-protocol';
import { PROTOCOL_VERSION, snapshotResponseSchema } from '../../../src/shared/sync-protocol';
import { openFieldDb, type FieldDb, type Stored } from '../../../src/storage/db';
import { setDataKey } from '../../../src/storage/crypto/data-key';
import { encryptionMiddleware } from '../../../src/storage/encryption-middleware';
import { saveRecord } from '../../../src/storage/record-repo';
import { readSortedSeekerRows } from '../../../src/storage/seeker-list-cache';
import { withSearchFields, withoutSearchFields } from '../../../src/storage/search-fields';
import { apiRequest, createHttpTransport } from '../../../src/sync/http-transport';
import { runInitialSync } from '../../../src/sync/initial-sync';
import { pullChanges } from '../../../src/sync/pull';
import { pushOutbox } from '../../../src/sync/push';
import { BENCH_LOGIN, type BenchApi, type ProfileResult } from './bench-api';

// The app syncs only while unlocked: the page holds a data key like an unlocked app (encryption at rest).
setDataKey(await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']));

/**
 * What the storage layer asked of WebCrypto and of IndexedDB's keep-alive (crypto/in-transaction.ts
 * reads key -Infinity while a seal or an open runs), counted since the last `takeCounts`: the
 * encryption bench's profile.
 */
const counts = { encrypt: 0, decrypt: 0, keepAlive: 0 };
// Only on index.html?count (the bench's profile run): the wrappers would weigh on the encrypted side's timings.
if (new URLSearchParams(location.search).has('count')) {
  const subtle = crypto.subtle;
  const encrypt = subtle.encrypt.bind(subtle);
  const decrypt = subtle.decrypt.bind(subtle);
  Object.defineProperty(subtle, 'encrypt', { value: (...args: Parameters<SubtleCrypto['encrypt']>) => (counts.encrypt++, encrypt(...args)) });
  Object.defineProperty(subtle, 'decrypt', { value: (...args: Parameters<SubtleCrypto['decrypt']>) => (counts.decrypt++, decrypt(...args)) });
  const storeGet = IDBObjectStore.prototype.get;
  IDBObjectStore.prototype.get = function get(this: IDBObjectStore, query: IDBValidKey | IDBKeyRange) {
    if (query === -Infinity) counts.keepAlive++;
    return storeGet.call(this, query);
  };
}

/** The app's database; `clear`: without the encryption at rest, the baseline its cost is measured against. */
function benchDb(name: string, clear = false): FieldDb {
  const db = openFieldDb(name);
  if (clear) db.unuse({ stack: 'dbcore', name: encryptionMiddleware.name ?? '' });
  return db;
}

/** Opened before any timer starts, so both sides pay the same (nothing) for creating the database. */
async function freshDb(name: string, clear?: boolean): Promise<FieldDb> {
  await Dexie.delete(name);
  const db = benchDb(name, clear);
  await db.open();
  return db;
}

/** One device per database, as before sign-in existed; the session the cookie belongs to. */
const clientIdOf = (dbName: string) => `bench-${dbName}`;
let signedIn: SessionResponse | undefined;

async function signIn(dbName: string): Promise<SessionResponse> {
  const clientId = clientIdOf(dbName);
  if (signedIn?.clientId !== clientId) {
    const body = JSON.stringify({ loginId: BENCH_LOGIN.loginId, password: BENCH_LOGIN.password, clientId });
    signedIn = await apiRequest(sessionResponseSchema, '/api/auth/login', { method: 'POST', body });
  }
  return signedIn;
}

function transportFor(dbName: string) {
  const clientId = clientIdOf(dbName);
  if (signedIn?.clientId !== clientId) throw new Error(`bench: not signed in as ${clientId} (call bench.signIn first)`);
  return createHttpTransport({ baseUrl: location.origin, clientId, userId: signedIn.user.userId });
}

const bench: BenchApi = {
  async signIn(dbName) {
    await signIn(dbName);
  },

  async floor(dbName, clear) {
    const db = await freshDb(dbName, clear);
    const t0 = performance.now();
    const response = await fetch('/bench/all-seekers', { cache: 'no-store' });
    const text = await response.text();
    const t1 = performance.now();
    const rows = JSON.parse(text) as Seeker[];
    const t2 = performance.now();
    const stored = rows.map((r) => withSearchFields('seekers', r));
    const t3 = performance.now();
    await db.transaction('rw', db.seekers, () => db.seekers.bulkPut(stored));
    const t4 = performance.now();
    const count = await db.seekers.count();
    db.close();
    return { totalMs: t4 - t0, fetchMs: t1 - t0, parseMs: t2 - t1, deriveMs: t3 - t2, writeMs: t4 - t3, count, bytes: text.length };
  },

  async initialPull(dbName, clear) {
    const db = await freshDb(dbName, clear);
    const transport = transportFor(dbName);
    let progressCalls = 0;
    const t0 = performance.now();
    const { requests } = await runInitialSync(db, transport, () => {
      progressCalls += 1;
    });
    const totalMs = performance.now() - t0;
    const count = await db.seekers.count();
    db.close();
    return { totalMs, requests, count, progressCalls };
  },

  /** Runs on the database an initialPull left behind (same name). */
  async incrementalPull(dbName, clear) {
    const db = benchDb(dbName, clear);
    await db.open();
    const transport = transportFor(dbName);
    const t0 = performance.now();
    const { requests } = await pullChanges(db, transport);
    const totalMs = performance.now() - t0;
    const count = await db.seekers.count();
    db.close();
    return { totalMs, requests, count, progressCalls: 0 };
  },

  /** Edits `edits` seekers offline with the app's saveRecord (one transaction each, untimed), then times pushOutbox. */
  async push(dbName, edits, clear) {
    const db = benchDb(dbName, clear);
    await db.open();
    const transport = transportFor(dbName);
    const targets = (await db.seekers.limit(edits).toArray()) as Stored<'seekers'>[];
    const t0 = performance.now();
    for (const [i, stored] of targets.entries()) {
      const record = withoutSearchFields(stored) as Record<string, unknown>;
      for (const key of RECORD_META_KEYS) delete record[key];
      const fields = { ...record, notes: `${String(record['notes'] ?? '').slice(0, 700)}【追記${i}】` } as unknown as Parameters<typeof saveRecord<'seekers'>>[2];
      await saveRecord(db, 'seekers', fields, stored.id);
    }
    const t1 = performance.now();
    const editCounts = bench.takeCounts();
    const outboxBefore = await db.outbox.count();
    // Same transport, with the HTTP round trips timed (request build + server + response parse),
    // so the rest of pushOutbox (reading the outbox, settling the answer in IndexedDB) shows apart.
    let roundTripMs = 0;
    const timed = {
      ...transport,
      push: async (mutations: Parameters<typeof transport.push>[0]) => {
        const start = performance.now();
        try {
          return await transport.push(mutations);
        } finally {
          roundTripMs += performance.now() - start;
        }
      },
    };
    const t2start = performance.now();
    await pushOutbox(db, timed);
    const t2 = performance.now();
    const outboxAfter = await db.outbox.count();
    db.close();
    return { editMs: t1 - t0, editCounts, pushMs: t2 - t2start, roundTripMs, outboxBefore, outboxAfter };
  },

  /** The snapshot taken apart: each step timed on its own, same pages the app asks for. */
  async profile(dbName, pageLimit) {
    const db = await freshDb(dbName);
    const { user } = await signIn(dbName);
    const r: ProfileResult = { pages: 0, fetchMs: 0, jsonParseMs: 0, zodEnvelopeMs: 0, zodRecordsMs: 0, deriveMs: 0, writePerPageMs: 0, count: 0 };
    let cursor = '';
    for (let guard = 0; guard < 10_000; guard++) {
      const q = new URLSearchParams({ protocolVersion: String(PROTOCOL_VERSION), clientId: clientIdOf(dbName), userId: user.userId, cursor, limit: String(pageLimit) });
      let t = performance.now();
      const text = await (await fetch(`/api/sync/snapshot?${q}`, { cache: 'no-store' })).text();
      const lap = () => {
        const now = performance.now();
        const ms = now - t;
        t = now;
        return ms;
      };
      r.fetchMs += lap();
      const json: unknown = JSON.parse(text);
      r.jsonParseMs += lap();
      const page = snapshotResponseSchema.parse(json);
      r.zodEnvelopeMs += lap();
      // Seekers only: earlier steps' pushes also left status history records in the snapshot.
      const records = page.changes.filter((c) => c.entity === 'seekers').map((c) => ENTITY_SCHEMAS.seekers.parse(c.record));
      r.zodRecordsMs += lap();
      const stored = records.map((s) => withSearchFields('seekers', s));
      r.deriveMs += lap();
      await db.transaction('rw', db.seekers, () => db.seekers.bulkPut(stored));
      r.writePerPageMs += lap();
      r.pages += 1;
      r.count += records.length;
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    db.close();
    return r;
  },

  /** The list's read at a cold start (a new database instance, the cached sorted copy current), on a pulled database. */
  async coldListRead(dbName, clear) {
    const warm = benchDb(dbName, clear);
    await readSortedSeekerRows(warm);
    // The copy is saved a moment after the first read (seeker-list-cache.ts).
    for (let i = 0; i < 100 && (await warm.listCache.get('seekers:list')) === undefined; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    warm.close();
    const db = benchDb(dbName, clear);
    await db.open();
    const t0 = performance.now();
    const rows = await readSortedSeekerRows(db);
    const totalMs = performance.now() - t0;
    db.close();
    return { totalMs, rows: rows.length };
  },

  takeCounts() {
    const taken = { ...counts };
    Object.assign(counts, { encrypt: 0, decrypt: 0, keepAlive: 0 });
    return taken;
  },

  async deleteDb(dbName) {
    await Dexie.delete(dbName);
  },
};

window.bench = bench;
document.body.dataset['ready'] = 'true';
