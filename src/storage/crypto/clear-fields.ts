/**
 * What the device stores in clear: per table, the only fields that are NOT encrypted at rest. Every
 * other field of a stored value (and every field of a table missing here) goes into the record's
 * encrypted blob (sealed-value.ts), so a new field or table is encrypted unless someone decides
 * otherwise here. What may stay clear carries no person: ids and foreign keys, versions and
 * timestamps, the tombstone flag, entity names, status / kind / town / industry codes, the dates the
 * indexes and the rules' scans need, and amounts that belong to no one. Every index key path must be
 * listed (IndexedDB indexes read the stored value); db-schema tests check this.
 * The README's "Encryption at rest" table mirrors this file.
 */
import type { EntityName } from '../../shared/entities';
import { RECORD_META_KEYS } from '../../shared/record-meta-keys';

/** A field kept in clear (`true`), or an object field of which only the listed sub-fields are. */
export type ClearFields = { readonly [field: string]: true | ClearFields };

const clear = (...fields: string[]): ClearFields => Object.fromEntries([...RECORD_META_KEYS, ...fields].map((f) => [f, true]));

const ENTITY_CLEAR: { readonly [E in EntityName]: ClearFields } = {
  seekers: clear('town', 'status', 'desiredIndustries'),
  counsellingRecords: clear('seekerId', 'date', 'method'),
  companies: clear('industry', 'town', 'status', 'nextVisitDue', 'capacity', 'coordinatorUserId'),
  companyVisits: clear('companyId', 'date', 'time', 'purpose', 'nextVisitDate'),
  openings: clear('companyId', 'industry', 'town', 'wageUnit', 'wageAmount', 'places', 'receivedOn', 'validUntil', 'closedOn'),
  trialPlacements: clear('seekerId', 'companyId', 'kind', 'openingId', 'startDate', 'endDate', 'status', 'hiredOn', 'employmentType', 'endReason', 'coordinatorUserId'),
  successFees: clear('placementId', 'amount', 'status', 'invoicedOn', 'paidOn'),
  programmeSettings: clear('fiscalYear', 'successFeeAmount', 'programmeCost'),
  schools: clear('town'),
  students: clear('schoolId', 'kind', 'grade', 'plan'),
  internshipProgrammes: clear('schoolId', 'fiscalYear'),
  programmeSessions: clear('programmeId', 'schoolId', 'kind', 'date', 'startTime', 'endTime', 'companyId'),
  internships: clear('studentId', 'schoolId', 'companyId', 'programmeId', 'startDate', 'endDate', 'status'),
  attendance: clear('sessionId', 'studentId', 'schoolId', 'mark'),
  programmeParticipants: clear('programmeId', 'studentId', 'schoolId', 'withdrawn'),
  careerPlans: clear('programmeId', 'studentId', 'schoolId'),
  checkIns: clear('placementId', 'date', 'withWhom', 'progress'),
  retentionChecks: clear('placementId', 'milestone', 'date', 'outcome', 'leftReason'),
  consents: clear('seekerId', 'date', 'method', 'scope', 'companyIds', 'withdrawnOn'),
  provisions: clear('seekerId', 'companyId', 'date', 'purpose', 'items', 'placementId', 'staffUserId'),
  // from / to are status codes (src/domain/transitions.ts).
  statusChanges: clear('entity', 'recordId', 'field', 'from', 'to', 'reopened', 'changedAt', 'userId'),
  // A deleted seeker's 求職管理簿 line: only which seeker and how long it is kept stay clear.
  ledgerHolds: clear('seekerId', 'heldOn', 'keepUntil'),
};

/** A queued or refused mutation: who, what and when stay clear; the patch (the values) is sealed. */
const MUTATION_CLEAR: ClearFields = { mutationId: true, entity: true, recordId: true, op: true, baseVersion: true, clientTime: true };

export const CLEAR_FIELDS: { readonly [table: string]: ClearFields } = {
  ...ENTITY_CLEAR,
  outbox: { seq: true, ...MUTATION_CLEAR },
  needsAttention: { mutationId: true, reason: true, rejectedAt: true, resending: true, mutation: MUTATION_CLEAR },
  // serverValue / losingValue are a person's data; the rest says which record and field.
  conflicts: {
    id: true, entity: true, recordId: true, kind: true, field: true, winner: true, baseVersion: true,
    recordVersion: true, mutationId: true, clientId: true, userId: true, createdAt: true, resolved: true,
    resolvedAt: true, resolvedBy: true, resolvePending: true,
  },
  seekerRows: { id: true, town: true, status: true, desiredIndustries: true },
  // The "written" token is random, a change log entry holds a table name and record ids; the cached copies themselves (json) are sealed.
  listCache: { key: true, token: true, table: true, ids: true },
  // Read before unlock (session, passcode check, wrapped keys, sync cursor): holds no seeker data.
  meta: { key: true, value: true },
};

/** The clear fields of a table; an unknown table keeps only its primary key clear. */
export function clearFieldsOf(table: string, primaryKeyPaths: readonly string[]): ClearFields {
  const listed = CLEAR_FIELDS[table] ?? {};
  return { ...Object.fromEntries(primaryKeyPaths.map((p) => [p, true])), ...listed };
}
