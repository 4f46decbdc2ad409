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
  /** Server time the mutation was received (the audit's "server time"). */
  created_at: string;
  /** Audit (migration 0002); null on rows written before it. */
  op: string | null;
  /** mutation.clientTime: when the person made the change on the device (its clock). */
  client_time: string | null;
  /** JSON array of the patch's field names; values are deliberately not kept (APPI, auth-protocol.ts). */
  patch_keys: string | null;
}

export interface ClientsTable {
  client_id: string;
  user_id: string;
  last_seen: string;
  /** Set by an admin: every later request from this device gets 403 'device-revoked'. */
  revoked_at: string | null;
  revoked_by: string | null;
  /** Device report (migration 0003); all null until the device's first completed sync run. */
  last_sync_at: string | null;
  unsent_count: number | null;
  attention_count: number | null;
  oldest_unsent_at: string | null;
}

export interface UsersTable {
  id: string;
  /** Normalised (auth-protocol normalizeLoginId), unique. */
  login_id: string;
  display_name: string;
  role: string;
  school_id: string | null;
  /** `scrypt$N$r$p$salt$hash` (services/password.ts): the parameters travel with the hash. */
  password_hash: string;
  disabled: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** sha256 of the cookie token: a leaked database does not hand out live sessions. */
  token_hash: string;
  user_id: string;
  client_id: string;
  created_at: string;
  last_used_at: string;
  /** The absolute limit; the idle limit is computed from last_used_at. */
  expires_at: string;
  revoked_at: string | null;
}

/** Sign-in attempts per key ('account:<loginId>' / 'ip:<address>') in a fixed window. */
export interface LoginThrottleTable {
  key: string;
  attempts: number;
  window_start: string;
}

/** A record left a school (its scope_school_id changed) at this server_seq: that school's pulls say `removed`. */
export interface ScopeExitsTable {
  server_seq: number;
  entity: string;
  record_id: string;
  school_id: string;
}

/**
 * The key that wraps a device's data key, per user and device (migration 0005): 32 random bytes,
 * base64. A secret: never logged, sent only to a session of that user on that device.
 */
export interface DeviceKeysTable {
  client_id: string;
  user_id: string;
  wrapping_key: string;
  created_at: string;
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
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  scope_exits: ScopeExitsTable;
  device_keys: DeviceKeysTable;
}
