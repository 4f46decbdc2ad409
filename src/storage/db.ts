/**
 * The device's database: the one source of truth on the device (STYLE §3.3). One table per synced
 * entity, plus local-only tables for sync bookkeeping. Records are stored as their zod schema
 * outputs plus a few derived index fields prefixed `_` (never synced, rebuilt on every write).
 *
 * Versions are append-only: never edit a `version(n)` block that has shipped; add n+1 with an upgrade.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { EntityName, EntityRecord } from '../shared/entities';
import type { Mutation } from '../shared/mutation';
import type { ConflictRecord, ErrorDetails, RejectReason } from '../shared/sync-protocol';

/** Derived, local-only index fields. */
export type SearchFields = {
  /** Folded kana reading (toSearchKey), for prefix search and the kana duplicate check. */
  _reading?: string;
  /** Folded reading + kanji name, for substring search in lists. */
  _text?: string;
  /** Phone digits only, for the duplicate check. */
  _phone?: string;
};

export type Stored<E extends EntityName> = EntityRecord<E> & SearchFields;

/** An outbox row: a pending mutation plus its local order (auto-increment is fine: it never leaves the device). */
export type OutboxEntry = Mutation & { seq?: number };

export type MetaEntry = { key: string; value: unknown };

/** A conflict the server recorded, kept until a person has reviewed it and the server knows. */
export type LocalConflict = ConflictRecord & {
  /** Reviewed on this device; the sync loop tells the server (resolving works offline too). */
  resolvePending?: boolean;
};

/**
 * A mutation the server refused for good (or a batch it refused as malformed), set aside so the
 * queue goes on, until a person fixes or discards it. Never dropped silently (SYNC-LESSONS §2.3).
 */
export type AttentionEntry = {
  mutationId: string;
  mutation: Mutation;
  reason: RejectReason;
  /** field -> i18n error key (`errors.*`). */
  details: ErrorDetails;
  rejectedAt: string;
  /** The patched fields' values on the server after the rejection (undefined: the server has no such record). */
  serverValues?: Record<string, unknown>;
  /** The user chose "edit and resend": the next outbox mutation for this record carries the patch again. */
  resending?: boolean;
};

type Tables = { [E in EntityName]: EntityTable<Stored<E>, 'id'> } & {
  outbox: EntityTable<OutboxEntry, 'seq'>;
  meta: EntityTable<MetaEntry, 'key'>;
  conflicts: EntityTable<LocalConflict, 'id'>;
  needsAttention: EntityTable<AttentionEntry, 'mutationId'>;
};

export type FieldDb = Dexie & Tables;

export const DB_NAME = 'trial-work-field';

export function openFieldDb(name = DB_NAME): FieldDb {
  const db = new Dexie(name) as FieldDb;
  db.version(1).stores({
    // Lists filter by town / status and sort by reading; duplicates are found by reading + birth date or phone.
    seekers: 'id, _reading, town, birthDate, status, _phone, updatedAt',
    // Detail screen lists a seeker's records newest first.
    counsellingRecords: 'id, seekerId, date',
    companies: 'id, _reading, town, industry, status, nextVisitDue',
    companyVisits: 'id, companyId, date',
    trialPlacements: 'id, seekerId, companyId, status, startDate',
    successFees: 'id, placementId, status',
    schools: 'id, town',
    students: 'id, schoolId, _reading',
    internshipProgrammes: 'id, schoolId, fiscalYear',
    programmeSessions: 'id, programmeId, schoolId, date',
    internships: 'id, studentId, schoolId, companyId, status',
    attendance: 'id, sessionId, studentId, schoolId',
    // Pending mutations in the order they were made; entity+recordId finds a record's pending edits.
    outbox: '++seq, mutationId, [entity+recordId]',
    // Sync cursor, device id, demo-seed marker, settings.
    meta: 'key',
  });
  db.version(2).stores({
    // Open conflicts only (resolved ones are deleted); the record screens look a record's conflicts up.
    conflicts: 'id, recordId',
    // Rejected mutations; the resend step finds a record's entries by recordId.
    needsAttention: 'mutationId, mutation.recordId',
  });
  db.version(3).stores({
    // Only what the screens query (seeker-queries.ts); every index is rewritten on every put, and a
    // first sync of 50,000 seekers or a push settle pays for each one (SYNC-LESSONS, measured: ~1.5×
    // from 1 to 6 indexes). birthDate (the age group filters rows already read), status and updatedAt
    // were never queried through an index, so they are gone.
    //   _reading: kana prefix search, sorted list, duplicate check by reading + birth date
    //   town:     list filtered by town
    //   _phone:   duplicate check by phone digits
    seekers: 'id, _reading, town, _phone',
  });
  return db;
}

export const db = openFieldDb();
