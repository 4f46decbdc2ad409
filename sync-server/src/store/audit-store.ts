/**
 * A record's history from the idempotency log (applied_mutations doubles as the audit trail: every
 * pushed mutation is there once, with the session's user, the device, the client's and the server's
 * time and the names of the fields it changed). Read by admins only (routes/admin.ts).
 */
import type { Kysely } from 'kysely';
import type { AuditEntry } from '../../../src/shared/auth-protocol';
import type { Database } from './db-schema';

export async function recordHistory(db: Kysely<Database>, entity: string, recordId: string): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('applied_mutations as m')
    .leftJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.mutation_id', 'm.entity', 'm.record_id', 'm.user_id', 'u.display_name', 'm.client_id', 'm.op', 'm.result', 'm.reason', 'm.client_time', 'm.created_at', 'm.patch_keys'])
    .where('m.entity', '=', entity)
    .where('m.record_id', '=', recordId)
    // The server's receive order is the order the changes were applied in; the id breaks ties in one batch.
    .orderBy('m.created_at')
    .orderBy('m.mutation_id')
    .execute();
  return rows.map((r) => ({
    mutationId: r.mutation_id,
    entity: r.entity as AuditEntry['entity'],
    recordId: r.record_id,
    userId: r.user_id,
    userName: r.display_name ?? null,
    clientId: r.client_id,
    op: r.op === 'upsert' || r.op === 'delete' || r.op === 'restore' ? r.op : null,
    result: r.result,
    reason: r.reason,
    clientTime: r.client_time,
    serverTime: r.created_at,
    fields: r.patch_keys === null ? [] : (JSON.parse(r.patch_keys) as string[]),
  }));
}
