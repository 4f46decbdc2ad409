/** Row <-> domain conversions, kept apart so both the store and its write transaction share them. */
import type { Selectable } from 'kysely';
import type { ConflictRecord } from '../../../src/shared/sync-protocol';
import type { AppliedMutationsTable, ConflictsTable, RecordsTable } from './db-schema';
import type { AppliedMutationRow, ConflictWrite, RecordWrite, StoredRecordRow } from './store-types';

type RecordRead = Pick<Selectable<RecordsTable>, 'entity' | 'id' | 'data' | 'field_versions' | 'server_seq'>;

export function storedFromRow(r: RecordRead): StoredRecordRow {
  // The field_versions column holds `{ v: field -> version, w: field -> last writer client }`.
  const meta = JSON.parse(r.field_versions) as { v?: Record<string, number>; w?: Record<string, string> };
  return {
    entity: r.entity,
    id: r.id,
    record: JSON.parse(r.data) as StoredRecordRow['record'],
    fieldVersions: meta.v ?? {},
    fieldWriters: meta.w ?? {},
    serverSeq: Number(r.server_seq),
    json: r.data,
  };
}

export function recordToRow(r: RecordWrite): Selectable<RecordsTable> {
  return {
    entity: r.entity,
    id: r.id,
    data: r.json ?? JSON.stringify(r.record),
    version: r.record.version,
    field_versions: JSON.stringify({ v: r.fieldVersions, w: r.fieldWriters }),
    deleted: r.record.deleted ? 1 : 0,
    server_seq: r.serverSeq,
    scope_school_id: r.scopeSchoolId,
    updated_at: r.updatedAt,
  };
}

export function appliedFromRow(r: Selectable<AppliedMutationsTable>): AppliedMutationRow {
  return {
    mutationId: r.mutation_id,
    clientId: r.client_id,
    userId: r.user_id,
    entity: r.entity,
    recordId: r.record_id,
    result: r.result,
    reason: r.reason,
    details: r.details === null ? null : (JSON.parse(r.details) as Record<string, string>),
    createdAt: r.created_at,
    op: r.op === 'upsert' || r.op === 'delete' || r.op === 'restore' ? r.op : null,
    clientTime: r.client_time,
    patchKeys: r.patch_keys === null ? null : (JSON.parse(r.patch_keys) as string[]),
  };
}

export function appliedToRow(r: AppliedMutationRow): Selectable<AppliedMutationsTable> {
  return {
    mutation_id: r.mutationId,
    client_id: r.clientId,
    user_id: r.userId,
    entity: r.entity,
    record_id: r.recordId,
    result: r.result,
    reason: r.reason,
    details: r.details === null ? null : JSON.stringify(r.details),
    created_at: r.createdAt,
    op: r.op,
    client_time: r.clientTime,
    patch_keys: r.patchKeys === null ? null : JSON.stringify(r.patchKeys),
  };
}

export function conflictFromRow(row: Selectable<ConflictsTable>): ConflictRecord {
  return {
    id: row.id,
    entity: row.entity as ConflictRecord['entity'],
    recordId: row.record_id,
    kind: row.kind as ConflictRecord['kind'],
    field: row.field,
    winner: row.winner as ConflictRecord['winner'],
    serverValue: JSON.parse(row.server_value) as unknown,
    losingValue: JSON.parse(row.losing_value) as unknown,
    baseVersion: Number(row.base_version),
    recordVersion: Number(row.record_version),
    mutationId: row.mutation_id,
    clientId: row.client_id,
    userId: row.user_id,
    createdAt: row.created_at,
    resolved: Number(row.resolved) === 1,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
  };
}

export function conflictToRow(c: ConflictWrite): Selectable<ConflictsTable> {
  return {
    id: c.id,
    entity: c.entity,
    record_id: c.recordId,
    kind: c.kind,
    field: c.field,
    winner: c.winner,
    // undefined (a field absent on one side) is stored as null so JSON round-trips.
    server_value: JSON.stringify(c.serverValue ?? null),
    losing_value: JSON.stringify(c.losingValue ?? null),
    base_version: c.baseVersion,
    record_version: c.recordVersion,
    mutation_id: c.mutationId,
    client_id: c.clientId,
    user_id: c.userId,
    created_at: c.createdAt,
    resolved: c.resolved ? 1 : 0,
    resolved_at: c.resolvedAt,
    resolved_by: c.resolvedBy,
    server_seq: c.serverSeq,
    scope_school_id: c.scopeSchoolId,
  };
}

/** Splits rows so one statement stays under both dialects' bind-parameter limits. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
