/** Row <-> domain conversions, kept apart so both the store and its write transaction share them. */
import type { Selectable } from 'kysely';
import type { ConflictRecord } from '../../../src/shared/sync-protocol';
import type { ConflictsTable } from './db-schema';
import type { ConflictWrite } from './store-types';

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
