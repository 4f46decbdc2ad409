/**
 * The persistence interface the sync service talks to. No SQL leaks out of store/, no HTTP in.
 */
import type { ConflictRecord } from '../../../src/shared/sync-protocol';

export type RecordKey = { entity: string; id: string };

export type StoredRecordRow = {
  entity: string;
  id: string;
  /** Parsed record, meta included. */
  record: Record<string, unknown> & { version: number; deleted: boolean };
  fieldVersions: Record<string, number>;
  /** field -> client that last changed it (see sync/core/merge.ts). */
  fieldWriters: Record<string, string>;
  serverSeq: number;
  /** `record` as stored JSON text, when known: written and answered as is, never stringified twice. */
  json?: string;
};

export type RecordWrite = Omit<StoredRecordRow, 'serverSeq'> & { serverSeq: number; scopeSchoolId: string | null; updatedAt: string };

export type AppliedMutationRow = {
  mutationId: string;
  clientId: string;
  userId: string;
  entity: string;
  recordId: string;
  result: 'applied' | 'rejected';
  reason: string | null;
  details: Record<string, string> | null;
  createdAt: string;
  /** Audit fields (null on rows from before migration 0002). */
  op: 'upsert' | 'delete' | 'restore' | null;
  clientTime: string | null;
  patchKeys: string[] | null;
};

/** A record moved out of a school's scope at `serverSeq` (see db-schema ScopeExitsTable). */
export type ScopeExit = { serverSeq: number; entity: string; recordId: string; schoolId: string };

export type ConflictWrite = ConflictRecord & { serverSeq: number; scopeSchoolId: string | null };

/**
 * Who may see what (services/access-policy.ts builds it from the session):
 * - `all`: everything (admin; and in-process service calls without a session, access-policy.ts).
 * - `schools`: every record of these schools (kept for tools and tests).
 * - `rules`: records of these entities; if `schoolIds` is set, only those whose scope_school_id is one
 *   of them; `companyNames` adds the name projection of companies those schools' internships use.
 */
export type PullScope =
  | { kind: 'all' }
  | { kind: 'schools'; schoolIds: readonly string[] }
  | { kind: 'rules'; entities: readonly string[]; schoolIds: readonly string[] | null; companyNames: boolean };

/**
 * `liveOnly` (snapshot): live records and open conflicts with server_seq <= `snapshotSeq` only, the
 * snapshot's pinned high-water mark (undefined on its first page: the counter read with the page).
 * Anything that changes later, deletes included, reaches the device by the pulls that follow.
 */
export type PullPageArgs = { afterSeq: number; limit: number; scope: PullScope; liveOnly: boolean; snapshotSeq?: number | undefined };

export type PullPage = {
  /** `data` is the stored JSON text, sent to the wire as is. */
  rows: { entity: string; data: string; projection?: 'company-name' }[];
  /** Records that left the scope in this stretch (only for school-bound scopes). */
  removed: { entity: string; id: string }[];
  conflicts: ConflictRecord[];
  hasMore: boolean;
  /** Where the next page starts: every change at or below it has been delivered or skipped by scope. */
  nextSeq: number;
  /** The last seq committed when the page was read; a cursor above it comes from elsewhere. */
  maxSeq: number;
  /** liveOnly: the high-water mark the page was cut at (args.snapshotSeq, or maxSeq on a first page). */
  snapshotSeq: number;
};

/** Everything one push (or seed, or resolve) does, inside one transaction holding the seq lock. */
export interface WriteTx {
  readonly now: string;
  nextSeq(): number;
  appliedMutations(ids: readonly string[]): Promise<Map<string, AppliedMutationRow>>;
  records(keys: readonly RecordKey[]): Promise<Map<string, StoredRecordRow>>;
  conflictsOfMutations(ids: readonly string[]): Promise<ConflictRecord[]>;
  conflict(id: string): Promise<(ConflictRecord & { scopeSchoolId: string | null }) | undefined>;
  putRecords(rows: readonly RecordWrite[]): Promise<void>;
  insertAppliedMutations(rows: readonly AppliedMutationRow[]): Promise<void>;
  putConflicts(rows: readonly ConflictWrite[]): Promise<void>;
  touchClient(clientId: string, userId: string): Promise<void>;
  putScopeExits(rows: readonly ScopeExit[]): Promise<void>;
  /** Records of `entity` (tombstones included) whose JSON field `field` equals `value`: the rules' children lookups. */
  recordsWhere(entity: string, field: string, value: string): Promise<StoredRecordRow[]>;
  /** Live records of `entity` whose JSON field `field` sorts before `value` (ISO dates): the expired ledger holds. */
  liveRecordsBefore(entity: string, field: string, value: string): Promise<StoredRecordRow[]>;
  /** A person was erased: their records' open conflicts lose the values they kept and are closed. */
  eraseConflictValues(keys: readonly RecordKey[]): Promise<void>;
}

export interface SyncStore {
  readonly dialect: 'sqlite' | 'postgres';
  epoch(): Promise<string>;
  /** `clock` is read once the seq lock is held: that reading is the transaction's `now` (sql-write-tx.ts). */
  write<T>(clock: () => string, fn: (tx: WriteTx) => Promise<T>): Promise<T>;
  pullPage(args: PullPageArgs): Promise<PullPage>;
  countLive(scope: PullScope): Promise<number>;
  openConflicts(scope: PullScope): Promise<ConflictRecord[]>;
  isEmpty(): Promise<boolean>;
  close(): Promise<void>;
}

export const keyOf = (entity: string, id: string) => `${entity}/${id}`;
