/**
 * The hot statements of a push on SQLite, prepared once and run one row at a time. Through the query
 * builder, each push of 500 built, compiled and prepared fresh multi-row statements with up to 6,000
 * parameters (SQLite compiles every prepare), which cost more than executing them. better-sqlite3
 * runs a cached statement in microseconds and there is no network round trip to save, so row at a time
 * is the fast way here. PostgreSQL keeps the multi-row statements (one round trip per chunk).
 *
 * These run on the very connection Kysely's transaction holds (SQLite has one), inside runWrite's
 * transaction: same atomicity, same lock, same rows as the Kysely path in sql-write-tx.ts.
 *
 * A record this process wrote last is read without its JSON, which comes from written-records.ts: the
 * select hands back `data` only when the stored seq is not the remembered one.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Selectable } from 'kysely';
import type { AppliedMutationsTable } from './db-schema';
import { appliedFromRow, appliedToRow, recordToRow, storedFromRow } from './row-mapping';
import { keyOf, type AppliedMutationRow, type RecordKey, type RecordWrite, type StoredRecordRow } from './store-types';
import { WrittenRecords, type WrittenText } from './written-records';

/** `data` null: the stored seq is the remembered one (the select's CASE). */
type KnownRow = { server_seq: number; field_versions: string; data: string | null };

const RECORD_COLUMNS = ['entity', 'id', 'data', 'version', 'field_versions', 'deleted', 'server_seq', 'scope_school_id', 'updated_at'] as const;
const APPLIED_COLUMNS = ['mutation_id', 'client_id', 'user_id', 'entity', 'record_id', 'result', 'reason', 'details', 'created_at', 'op', 'client_time', 'patch_keys'] as const;

const params = (columns: readonly string[]) => columns.map((c) => `@${c}`).join(', ');
const updates = RECORD_COLUMNS.filter((c) => c !== 'entity' && c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ');

export class SqliteStatements {
  private readonly selectRecord: BetterSqlite3.Statement;
  private readonly upsertRecord: BetterSqlite3.Statement;
  private readonly selectApplied: BetterSqlite3.Statement;
  private readonly insertApplied: BetterSqlite3.Statement;
  private readonly lockCounter: BetterSqlite3.Statement;
  private readonly setCounter: BetterSqlite3.Statement;
  private readonly upsertClient: BetterSqlite3.Statement;
  private readonly written = new WrittenRecords();

  constructor(db: BetterSqlite3.Database) {
    this.selectRecord = db.prepare(
      'SELECT server_seq, field_versions, CASE WHEN server_seq = @known THEN NULL ELSE data END AS data FROM records WHERE entity = @entity AND id = @id',
    );
    this.upsertRecord = db.prepare(
      `INSERT INTO records (${RECORD_COLUMNS.join(', ')}) VALUES (${params(RECORD_COLUMNS)}) ON CONFLICT (entity, id) DO UPDATE SET ${updates}`,
    );
    this.selectApplied = db.prepare('SELECT * FROM applied_mutations WHERE mutation_id = ?');
    this.insertApplied = db.prepare(`INSERT INTO applied_mutations (${APPLIED_COLUMNS.join(', ')}) VALUES (${params(APPLIED_COLUMNS)})`);
    this.lockCounter = db.prepare('UPDATE sync_counter SET value = value WHERE id = 1 RETURNING value').pluck();
    this.setCounter = db.prepare('UPDATE sync_counter SET value = ? WHERE id = 1');
    this.upsertClient = db.prepare(
      'INSERT INTO clients (client_id, user_id, last_seen) VALUES (@clientId, @userId, @now) ON CONFLICT (client_id) DO UPDATE SET user_id = @userId, last_seen = @now',
    );
  }

  /** The seq lock of sql-write-tx.ts (the row write makes this connection the writer); the last seq handed out. */
  lockSeq(): number {
    return Number(this.lockCounter.get());
  }

  storeSeq(value: number): void {
    this.setCounter.run(value);
  }

  touchClient(clientId: string, userId: string, now: string): void {
    this.upsertClient.run({ clientId, userId, now });
  }

  records(keys: readonly RecordKey[]): Map<string, StoredRecordRow> {
    const map = new Map<string, StoredRecordRow>();
    for (const { entity, id } of keys) {
      const key = keyOf(entity, id);
      if (map.has(key)) continue;
      const known = this.written.get(key);
      const row = this.selectRecord.get({ entity, id, known: known?.serverSeq ?? -1 }) as KnownRow | undefined;
      if (!row) continue;
      map.set(key, storedFromRow({ entity, id, data: row.data ?? known!.data, field_versions: row.field_versions, server_seq: row.server_seq }));
    }
    return map;
  }

  appliedMutations(ids: readonly string[]): Map<string, AppliedMutationRow> {
    const map = new Map<string, AppliedMutationRow>();
    for (const id of ids) {
      if (map.has(id)) continue;
      const row = this.selectApplied.get(id) as Selectable<AppliedMutationsTable> | undefined;
      if (row) map.set(id, appliedFromRow(row));
    }
    return map;
  }

  /** `written` collects each row's text for `remember`, once the transaction has committed. */
  putRecords(rows: readonly RecordWrite[], written: Map<string, WrittenText>): void {
    for (const r of rows) {
      const row = recordToRow(r);
      this.upsertRecord.run(row);
      written.set(keyOf(r.entity, r.id), { serverSeq: r.serverSeq, data: row.data });
    }
  }

  remember(written: ReadonlyMap<string, WrittenText>): void {
    this.written.remember(written);
  }

  insertAppliedMutations(rows: readonly AppliedMutationRow[]): void {
    for (const r of rows) this.insertApplied.run(appliedToRow(r));
  }
}
