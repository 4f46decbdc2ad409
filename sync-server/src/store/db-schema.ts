/**
 * Table types for Kysely: the one description of the server's SQL schema, shared by both dialects.
 * JSON is stored as text (not jsonb) so SQLite and PostgreSQL take the same queries, and a pull can
 * send `data` to the wire without parsing it. Booleans are 0/1 integers for the same reason.
 */
export interface RecordsTable {
  entity: string;
  id: string;
  /** The full record as JSON, meta included (version, deleted): exactly what a pull sends. */
  data: string;
  version: number;
  /** JSON { v: field -> record version at which it last changed, w: field -> client that changed it } (sync/core/merge.ts). */
  field_versions: string;
  deleted: number;
  /** Position in the change stream; bumped by every write (see sync-store.ts for why it is safe). */
  server_seq: number;
  /** The school a record belongs to, for teachers' scoped pulls; null for programme-wide records. */
  scope_school_id: string | null;
  updated_at: string;
}

export interface AppliedMutationsTable {
  mutation_id: string;
  client_id: string;
  user_id: string;
  entity: string;
  record_id: string;
  result: 'applied' | 'rejected';
  reason: string | null;
  details: string | null;
  created_at: string;
}

export interface ClientsTable {
  client_id: string;
  user_id: string;
  last_seen: string;
}

export interface ConflictsTable {
  id: string;
  entity: string;
  record_id: string;
  kind: string;
  field: string;
  winner: string;
  server_value: string;
  losing_value: string;
  base_version: number;
  record_version: number;
  mutation_id: string;
  client_id: string;
  user_id: string;
  created_at: string;
  resolved: number;
  resolved_at: string | null;
  resolved_by: string | null;
  server_seq: number;
  scope_school_id: string | null;
}

/** One row (id = 1): the last handed-out server_seq. Its row lock orders all writers. */
export interface SyncCounterTable {
  id: number;
  value: number;
}

export interface SyncMetaTable {
  key: string;
  value: string;
}

export interface Database {
  records: RecordsTable;
  applied_mutations: AppliedMutationsTable;
  clients: ClientsTable;
  conflicts: ConflictsTable;
  sync_counter: SyncCounterTable;
  sync_meta: SyncMetaTable;
}
