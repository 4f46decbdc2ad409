/**
 * The device's database: the one source of truth on the device. One table per synced
 * entity, plus local-only tables for sync bookkeeping. Records are stored as their zod schema
 * outputs plus a few derived index fields prefixed `_` (never synced, rebuilt on every write).
 *
 * Versions are append-only: never edit a `version(n)` block that has shipped; add n+1 with an upgrade.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { EntityName, EntityRecord } from '../shared/entities';
import type { Mutation } from '../shared/mutation';
import type { ConflictRecord, ErrorDetails, RejectReason } from '../shared/sync-protocol';
import { LIST_CACHE, type ListCacheEntry } from './cached-copy';
import { hasListRow, SEEKER_ROWS, seekerRowOf, type SeekerLike, type SeekerListRow } from './seeker-rows';
import { seekerRowsMiddleware } from './seeker-rows-middleware';
import { reportWrittenMiddleware } from './report-written-middleware';
import { onDataKeyChange } from './crypto/data-key';
import { encryptionMiddleware } from './encryption-middleware';
import { DB_NAME } from './db-name';

/**
 * Derived, local-only search fields (encrypted at rest like the rest, so no index reads them since
 * version 9). Seekers carry none (their reading, text and phone digits are on the list row,
 * seeker-rows.ts); seekers stored before that still hold them, unused.
 */
export type SearchFields = {
  /** Folded kana reading (toSearchKey), for prefix search and sorting. */
  _reading?: string;
  /** Folded reading + name, for substring search in lists. */
  _text?: string;
  /** Phone digits only: the duplicate check's, before version 9. */
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
 * queue goes on, until a person fixes or discards it. Never dropped silently: that would lose a user's work unseen.
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
  seekerRows: EntityTable<SeekerListRow, 'id'>;
  listCache: EntityTable<ListCacheEntry, 'key'>;
};

export type FieldDb = Dexie & Tables;

export { DB_NAME };

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
    // first sync of 50,000 seekers or a push settle pays for each one (measured: ~1.5× slower
    // from 1 to 6 indexes). birthDate (the age group filters rows already read), status and updatedAt
    // were never queried through an index, so they are gone.
    //   _reading: kana prefix search, sorted list, duplicate check by reading + birth date
    //   town:     list filtered by town
    //   _phone:   duplicate check by phone digits
    seekers: 'id, _reading, town, _phone',
  });
  db.version(4)
    .stores({
      // The list reads slim rows instead of ~2 KB seekers (seeker-rows.ts); the middleware registered
      // below keeps them in step with every seeker write.
      //   reading: duplicate check by reading + birth date (the list filters a sorted copy in memory)
      [SEEKER_ROWS]: 'id, reading',
      // The sorted list as one string for the next cold start, and the token that invalidates it
      // (seeker-list-cache.ts).
      [LIST_CACHE]: 'key',
      // Nothing queries seekers by _reading or town any more (the rows do), so a first sync pays for
      // one secondary index instead of three. _phone: duplicate check by phone digits.
      seekers: 'id, _phone',
    })
    .upgrade(fillSeekerRows);
  db.version(5).stores({
    // What several people add offline, each a record of its own (src/domain/registry.ts); each is
    // listed by its parent on the placement's or the seeker's screen, and read by the rules.
    checkIns: 'id, placementId',
    retentionChecks: 'id, placementId',
    consents: 'id, seekerId',
    provisions: 'id, seekerId',
    // A record's status history, looked up by the record.
    statusChanges: 'id, recordId',
  });
  db.version(6).stores({
    // A company's openings on its page; a placement's opening is read by the places rule.
    openings: 'id, companyId',
    // One record per fiscal year, by derived id.
    programmeSettings: 'id',
    trialPlacements: 'id, seekerId, companyId, status, startDate, openingId',
  });
  db.version(7).stores({
    // A session's roster reads the programme's internships; an internship day lists its host's.
    internships: 'id, studentId, schoolId, companyId, status, programmeId',
    // One record per (programme, student) each, by derived id: a programme's roster, a student's programmes.
    programmeParticipants: 'id, programmeId, studentId, schoolId',
    careerPlans: 'id, studentId, programmeId, schoolId',
  });
  db.version(8).stores({
    // A deleted seeker's 求職管理簿 line (admins' devices only), read by its id derived from the seeker's.
    ledgerHolds: 'id',
  });
  db.version(9).stores({
    // Personal data is encrypted at rest (encryption-middleware.ts) and no index may hold it: the
    // duplicate check and the phone search read the decrypted list rows kept in memory
    // (seeker-list-cache.ts), students and companies are sorted in memory already.
    seekers: 'id',
    [SEEKER_ROWS]: 'id',
    students: 'id, schoolId',
    companies: 'id, town, industry, status, nextVisitDue',
  });
  // Registered before the first open: also active inside the version 4 upgrade transaction.
  db.use(seekerRowsMiddleware);
  db.use(reportWrittenMiddleware);
  db.use(encryptionMiddleware);
  return db;
}

/** Page size of the upgrade: bounds memory (a page of full seekers is ~4 MB) at 50,000 seekers. */
const UPGRADE_PAGE = 2_000;

/** Version 4: the rows of the seekers already on the device, read a page at a time by id. */
async function fillSeekerRows(tx: Transaction): Promise<void> {
  const seekers = tx.table<SeekerLike, string>('seekers');
  let page = await seekers.orderBy(':id').limit(UPGRADE_PAGE).toArray();
  while (page.length > 0) {
    await tx.table(SEEKER_ROWS).bulkPut(page.filter(hasListRow).map(seekerRowOf));
    const last = page[page.length - 1]!.id;
    page = await seekers.where(':id').above(last).limit(UPGRADE_PAGE).toArray();
  }
}

export const db = openFieldDb();

// The first unlock after the update encrypts what this device stored in clear, resuming where a
// closed tab left it; every later unlock finds the marker done and returns at once. (An unlock has
// read the session from the database, so it is open; a closed one is a test's or a signed-out device's.)
onDataKeyChange((key) => {
  // Loaded only then: every later unlock finds the marker done, so it stays off the first screen's code.
  if (key && db.isOpen()) void import('./encryption-migration').then(({ encryptStoredData }) => encryptStoredData(db)).catch(() => {
    // Locked again mid-way, or the database closed by a sign-out: the next unlock resumes.
  });
});
