/**
 * One write transaction. It starts by taking the row lock on `sync_counter` (UPDATE ... RETURNING),
 * which every writer needs before it can number its changes. Consequences, in both dialects:
 *  - writers are serialised, so a merge always reads the latest committed record (no lost update
 *    between two server instances), and
 *  - server_seq values are handed out in commit order: a transaction can only take numbers after the
 *    previous holder committed, so a reader never sees seq N+1 committed while N is still pending.
 *    That is what makes `server_seq > cursor` pulls safe with several instances on one PostgreSQL
 *    (same effect as pg_advisory_xact_lock before nextval, but one query for SQLite and PostgreSQL).
 *  - the write's time (`now`: updatedAt, createdAt of conflicts, the log) is read from the clock only
 *    once the lock is held, so time order agrees with seq order across instances: read before the lock,
 *    a write could wait behind a later-timed one and then store a later seq with an earlier time.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { ConflictRecord } from '../../../src/shared/sync-protocol';
import type { Database } from './db-schema';
import { appliedFromRow, appliedToRow, chunks, conflictFromRow, conflictToRow, recordToRow, storedFromRow } from './row-mapping';
import type { SqliteStatements } from './sqlite-statements';
import type { WrittenText } from './written-records';
import { keyOf, type AppliedMutationRow, type RecordKey, type ScopeExit, type StoredRecordRow, type WriteTx } from './store-types';

const IN_CHUNK = 500;

/** `fast`: SQLite's prepared hot statements (sqlite-statements.ts), the seq lock included; PostgreSQL goes through Kysely. */
export async function runWrite<T>(db: Kysely<Database>, clock: () => string, fn: (tx: WriteTx) => Promise<T>, fast?: SqliteStatements): Promise<T> {
  const written = new Map<string, WrittenText>();
  const result = await db.transaction().execute(async (trx) => {
    const start = fast ? fast.lockSeq() : await lockSeq(trx);
    const tx = new SqlWriteTx(trx, clock(), start, fast, written);
    const answer = await fn(tx);
    if (tx.lastSeq !== start) {
      if (fast) fast.storeSeq(tx.lastSeq);
      else await trx.updateTable('sync_counter').set({ value: tx.lastSeq }).where('id', '=', 1).execute();
    }
    return answer;
  });
  // Committed: what it wrote is now what the database holds (written-records.ts).
  fast?.remember(written);
  return result;
}

async function lockSeq(trx: Transaction<Database>): Promise<number> {
  const locked = await trx
    .updateTable('sync_counter')
    .set((eb) => ({ value: eb.ref('value') }))
    .where('id', '=', 1)
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(locked.value);
}

const isPostgres = (trx: Transaction<Database>) => trx.getExecutor().adapter.constructor.name.startsWith('Postgres');

class SqlWriteTx implements WriteTx {
  constructor(
    private readonly trx: Transaction<Database>,
    readonly now: string,
    public lastSeq: number,
    private readonly fast: SqliteStatements | undefined,
    private readonly written: Map<string, WrittenText>,
  ) {}

  nextSeq(): number {
    this.lastSeq += 1;
    return this.lastSeq;
  }

  async appliedMutations(ids: readonly string[]) {
    if (this.fast) return this.fast.appliedMutations(ids);
    const map = new Map<string, AppliedMutationRow>();
    for (const part of chunks([...new Set(ids)], IN_CHUNK)) {
      const rows = await this.trx.selectFrom('applied_mutations').selectAll().where('mutation_id', 'in', part).execute();
      for (const r of rows) {
        map.set(r.mutation_id, appliedFromRow(r));
      }
    }
    return map;
  }

  async records(keys: readonly RecordKey[]) {
    if (this.fast) return this.fast.records(keys);
    const map = new Map<string, StoredRecordRow>();
    const byEntity = new Map<string, Set<string>>();
    for (const k of keys) (byEntity.get(k.entity) ?? byEntity.set(k.entity, new Set()).get(k.entity)!).add(k.id);
    for (const [entity, ids] of byEntity) {
      for (const part of chunks([...ids], IN_CHUNK)) {
        const rows = await this.trx
          .selectFrom('records')
          .select(['entity', 'id', 'data', 'field_versions', 'server_seq'])
          .where('entity', '=', entity)
          .where('id', 'in', part)
          .execute();
        for (const r of rows) {
          map.set(keyOf(r.entity, r.id), storedFromRow(r));
        }
      }
    }
    return map;
  }

  async conflictsOfMutations(ids: readonly string[]): Promise<ConflictRecord[]> {
    const out: ConflictRecord[] = [];
    for (const part of chunks([...new Set(ids)], IN_CHUNK)) {
      const rows = await this.trx.selectFrom('conflicts').selectAll().where('mutation_id', 'in', part).orderBy('server_seq').execute();
      out.push(...rows.map(conflictFromRow));
    }
    return out;
  }

  async conflict(id: string) {
    const row = await this.trx.selectFrom('conflicts').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? { ...conflictFromRow(row), scopeSchoolId: row.scope_school_id } : undefined;
  }

  async putRecords(rows: Parameters<WriteTx['putRecords']>[0]) {
    if (this.fast) return this.fast.putRecords(rows, this.written);
    // 9 columns x 500 rows stays under SQLite's and PostgreSQL's parameter limits.
    for (const part of chunks(rows, 500)) {
      await this.trx
        .insertInto('records')
        .values(
          part.map(recordToRow),
        )
        .onConflict((oc) =>
          oc.columns(['entity', 'id']).doUpdateSet((eb) => ({
            data: eb.ref('excluded.data'),
            version: eb.ref('excluded.version'),
            field_versions: eb.ref('excluded.field_versions'),
            deleted: eb.ref('excluded.deleted'),
            server_seq: eb.ref('excluded.server_seq'),
            scope_school_id: eb.ref('excluded.scope_school_id'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    }
  }

  async insertAppliedMutations(rows: readonly AppliedMutationRow[]) {
    if (this.fast) return this.fast.insertAppliedMutations(rows);
    for (const part of chunks(rows, 500)) {
      await this.trx
        .insertInto('applied_mutations')
        .values(
          part.map(appliedToRow),
        )
        .execute();
    }
  }

  async putConflicts(rows: Parameters<WriteTx['putConflicts']>[0]) {
    for (const part of chunks(rows, 200)) {
      await this.trx
        .insertInto('conflicts')
        .values(part.map(conflictToRow))
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            resolved: eb.ref('excluded.resolved'),
            resolved_at: eb.ref('excluded.resolved_at'),
            resolved_by: eb.ref('excluded.resolved_by'),
            server_seq: eb.ref('excluded.server_seq'),
          })),
        )
        .execute();
    }
  }

  async putScopeExits(rows: readonly ScopeExit[]) {
    for (const part of chunks(rows, 500)) {
      await this.trx
        .insertInto('scope_exits')
        .values(part.map((r) => ({ server_seq: r.serverSeq, entity: r.entity, record_id: r.recordId, school_id: r.schoolId })))
        .execute();
    }
  }

  async recordsWhere(entity: string, field: string, value: string): Promise<StoredRecordRow[]> {
    const rows = await this.recordsOf(entity)
      .where(sql<boolean>`${this.jsonField(field)} = ${value}`)
      .execute();
    return rows.map(storedFromRow);
  }

  async liveRecordsBefore(entity: string, field: string, value: string): Promise<StoredRecordRow[]> {
    const rows = await this.recordsOf(entity)
      .where('deleted', '=', 0)
      .where(sql<boolean>`${this.jsonField(field)} < ${value}`)
      .execute();
    return rows.map(storedFromRow);
  }

  private recordsOf(entity: string) {
    return this.trx.selectFrom('records').select(['entity', 'id', 'data', 'field_versions', 'server_seq']).where('entity', '=', entity);
  }

  /** A top-level field of the stored JSON. Field names come from the domain's tables; anything else is refused rather than built into a JSON path. */
  private jsonField(field: string) {
    if (!/^[A-Za-z]+$/u.test(field)) throw new Error(`bad field name ${field}`);
    return isPostgres(this.trx) ? sql`(data::json ->> ${field})` : sql`json_extract(data, ${`$.${field}`})`;
  }

  async eraseConflictValues(keys: readonly RecordKey[]) {
    for (const k of keys) {
      const rows = await this.trx.selectFrom('conflicts').select('id').where('entity', '=', k.entity).where('record_id', '=', k.id).execute();
      // Each row takes a new server_seq so devices pull the emptied conflict and drop the values they hold.
      for (const { id } of rows) {
        await this.trx
          .updateTable('conflicts')
          .set({ server_value: 'null', losing_value: 'null', resolved: 1, resolved_at: this.now, resolved_by: 'erasure', server_seq: this.nextSeq() })
          .where('id', '=', id)
          .execute();
      }
    }
  }

  async touchClient(clientId: string, userId: string) {
    if (this.fast) return this.fast.touchClient(clientId, userId, this.now);
    await this.trx
      .insertInto('clients')
      .values({ client_id: clientId, user_id: userId, last_seen: this.now })
      .onConflict((oc) => oc.column('client_id').doUpdateSet({ user_id: userId, last_seen: this.now }))
      .execute();
  }
}
