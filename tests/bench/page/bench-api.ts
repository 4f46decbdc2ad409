/**
 * What the bench page exposes on `window.bench`, shared by the page (bench-entry.ts) and the Node
 * driver (run.ts). Every function runs one measurement in its own IndexedDB database and resolves to
 * plain numbers (milliseconds from performance.now()).
 */

/**
 * The bench user bench-server.ts creates (a coordinator: every entity, like the field staff who sync
 * the seekers). Bench-only credentials on a throw-away database; never a real account.
 */
export const BENCH_LOGIN = { loginId: 'bench-coordinator', password: 'bench-coordinator-2026' } as const;

/** One fetch of all N seekers as a JSON array + JSON.parse + one IndexedDB transaction. */
export type FloorResult = {
  totalMs: number;
  fetchMs: number;
  parseMs: number;
  /** withSearchFields (the derived `_reading`/`_text`/`_phone` index fields the app stores too). */
  deriveMs: number;
  writeMs: number;
  count: number;
  bytes: number;
};

export type SyncRunResult = {
  totalMs: number;
  /** Requests the sync function itself reports. */
  requests: number;
  /** Seekers in the local table afterwards. */
  count: number;
  progressCalls: number;
};

export type PushResult = {
  editMs: number;
  /** WebCrypto calls and keep-alive reads of the edits alone (see takeCounts). */
  editCounts: CryptoCounts;
  pushMs: number;
  /** Time inside transport.push (JSON.stringify, HTTP, the server's transaction, response.json + zod). */
  roundTripMs: number;
  outboxBefore: number;
  outboxAfter: number;
};

/** The same snapshot pages the app pulls, taken apart step by step (for the "where does time go" profile). */
export type ProfileResult = {
  pages: number;
  fetchMs: number;
  jsonParseMs: number;
  zodEnvelopeMs: number;
  zodRecordsMs: number;
  deriveMs: number;
  /** bulkPut per page, one transaction each. */
  writePerPageMs: number;
  count: number;
};

export type CryptoCounts = { encrypt: number; decrypt: number; keepAlive: number };

export type BenchApi = {
  /**
   * Signs in through POST /api/auth/login as BENCH_LOGIN on the device `bench-<dbName>` (the session
   * cookie then rides on every sync request, as in the app). Called by run.ts outside the timers and
   * the request counter; initialPull / incrementalPull / push on that database need it first.
   */
  signIn(dbName: string): Promise<void>;
  /** `clear` (here and below): the database without encryption at rest, the baseline of its cost. */
  floor(dbName: string, clear?: boolean): Promise<FloorResult>;
  initialPull(dbName: string, clear?: boolean): Promise<SyncRunResult>;
  incrementalPull(dbName: string, clear?: boolean): Promise<SyncRunResult>;
  push(dbName: string, edits: number, clear?: boolean): Promise<PushResult>;
  coldListRead(dbName: string, clear?: boolean): Promise<{ totalMs: number; rows: number }>;
  profile(dbName: string, pageLimit: number): Promise<ProfileResult>;
  /** WebCrypto encrypt / decrypt calls and in-transaction keep-alive reads since the last call (then reset). */
  takeCounts(): CryptoCounts;
  deleteDb(dbName: string): Promise<void>;
};

declare global {
  interface Window {
    bench: BenchApi;
  }
}
