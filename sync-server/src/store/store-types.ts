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
};

export type ConflictWrite = ConflictRecord & { serverSeq: number; scopeSchoolId: string | null };

/**
 * Who may see what. Auth lands later (issue: login and roles); the pull already takes a scope so the
 * filter is one argument away: a teacher gets `{ kind: 'schools', schoolIds }`.
 */
export type PullScope = { kind: 'all' } | { kind: 'schools'; schoolIds: readonly string[] };

export type PullPageArgs = { afterSeq: number; limit: number; scope: PullScope; liveOnly: boolean };

export type PullPage = {
  /** `data` is the stored JSON text, sent to the wire as is. */
  rows: { entity: string; data: string }[];
  conflicts: ConflictRecord[];
  hasMore: boolean;
  /** Where the next page starts: every change at or below it has been delivered or skipped by scope. */
  nextSeq: number;
  /** The last seq committed when the page was read; a cursor above it comes from elsewhere. */
  maxSeq: number;
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
}

export interface SyncStore {
  readonly dialect: 'sqlite' | 'postgres';
  epoch(): Promise<string>;
  write<T>(now: string, fn: (tx: WriteTx) => Promise<T>): Promise<T>;
  pullPage(args: PullPageArgs): Promise<PullPage>;
  countLive(scope: PullScope): Promise<number>;
  openConflicts(scope: PullScope): Promise<ConflictRecord[]>;
  isEmpty(): Promise<boolean>;
  close(): Promise<void>;
}

export const keyOf = (entity: string, id: string) => `${entity}/${id}`;
