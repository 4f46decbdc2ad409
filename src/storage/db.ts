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

type Tables = { [E in EntityName]: EntityTable<Stored<E>, 'id'> } & {
  outbox: EntityTable<OutboxEntry, 'seq'>;
  meta: EntityTable<MetaEntry, 'key'>;
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
  return db;
}

export const db = openFieldDb();
