/**
 * The SQL sync store: records, the change stream (server_seq), idempotency log, clients and
 * conflicts, in SQLite or PostgreSQL through one Kysely query layer. Migrations run on open.
 *
 * A pull page is read in one transaction (REPEATABLE READ on PostgreSQL) so its records, its conflicts
 * and the committed counter come from one snapshot: the cursor it returns can never pass a change the
 * page did not see. Writers' ordering guarantees are in sql-write-tx.ts.
 */
import type { Kysely } from 'kysely';
import type { ConflictRecord } from '../../../src/shared/sync-protocol';
import type { Database } from './db-schema';
import { migrateToLatest } from './migrations';
import { openDatabase, type DatabaseTarget, type Dialect } from './open-database';
import { conflictFromRow } from './row-mapping';
import { companyNameRows, scopeRemovals, withScope } from './scope-sql';
import { SqliteStatements } from './sqlite-statements';
import { runWrite } from './sql-write-tx';
import { keyOf, type PullPage, type PullPageArgs, type PullScope, type SyncStore, type WriteTx } from './store-types';

export async function createSqlStore(target: DatabaseTarget): Promise<SqlStore> {
  const { db, dialect, close, sqlite } = openDatabase(target);
  await migrateToLatest(db);
  // Prepared after the migrations: the statements name tables that must exist.
  return new SqlStore(db, dialect, { close, statements: sqlite ? new SqliteStatements(sqlite) : undefined });
}

export class SqlStore implements SyncStore {
  private cachedEpoch: string | undefined;

  constructor(
    /** Exposed for tests and maintenance scripts; the service never uses it. */
    readonly db: Kysely<Database>,
    readonly dialect: Dialect,
    private readonly extras: { close?: (() => Promise<void>) | undefined; statements?: SqliteStatements | undefined } = {},
  ) {}

  async epoch(): Promise<string> {
    this.cachedEpoch ??= (await this.db.selectFrom('sync_meta').select('value').where('key', '=', 'epoch').executeTakeFirstOrThrow()).value;
    return this.cachedEpoch;
  }

  write<T>(clock: () => string, fn: (tx: WriteTx) => Promise<T>): Promise<T> {
    return runWrite(this.db, clock, fn, this.extras.statements);
  }

  async pullPage({ afterSeq, limit, scope, liveOnly, snapshotSeq }: PullPageArgs): Promise<PullPage> {
    const builder = this.db.transaction();
    const run = this.dialect === 'postgres' ? builder.setIsolationLevel('repeatable read') : builder;
    return run.execute(async (trx) => {
      const counter = await trx.selectFrom('sync_counter').select('value').where('id', '=', 1).executeTakeFirstOrThrow();
      const maxSeq = Number(counter.value);
      // A snapshot reads as of its high-water mark: a record changed or deleted after it has left this
      // range and comes with the pulls from the mark (as a change or a tombstone), never lost in between.
      const ceiling = liveOnly ? Math.min(snapshotSeq ?? maxSeq, maxSeq) : maxSeq;
      let q = withScope(trx.selectFrom('records').select(['entity', 'id', 'data', 'server_seq']).where('server_seq', '>', afterSeq), scope);
      if (liveOnly) q = q.where('server_seq', '<=', ceiling).where('deleted', '=', 0);
      const rows = await q.orderBy('server_seq').limit(limit + 1).execute();
      const hasMore = rows.length > limit;
      if (hasMore) rows.length = limit;
      // A full page ends at its last row; a last page ends at the ceiling, skipping gaps and scope-filtered rows.
      const nextSeq = hasMore ? Number(rows[rows.length - 1]!.server_seq) : Math.max(ceiling, afterSeq);
      let cq = withScope(trx.selectFrom('conflicts').selectAll().where('server_seq', '>', afterSeq).where('server_seq', '<=', nextSeq), scope);
      if (liveOnly) cq = cq.where('resolved', '=', 0);
      const conflicts = (await cq.orderBy('server_seq').execute()).map(conflictFromRow);
      const pageRows = rows.map((r) => ({ entity: r.entity, data: r.data }));
      const companies = await companyNameRows(trx, scope, { rows: pageRows, afterSeq, nextSeq, liveOnly });
      const removed = scope.kind === 'all' ? [] : await scopeRemovals(trx, scope, { afterSeq, nextSeq }, new Set(rows.map((r) => keyOf(r.entity, r.id))));
      return { rows: [...pageRows, ...companies], removed, conflicts, hasMore, nextSeq, maxSeq, snapshotSeq: ceiling };
    });
  }

  async countLive(scope: PullScope): Promise<number> {
    const q = withScope(this.db.selectFrom('records').select((eb) => eb.fn.countAll<number | string>().as('n')).where('deleted', '=', 0), scope);
    return Number((await q.executeTakeFirstOrThrow()).n);
  }

  async openConflicts(scope: PullScope): Promise<ConflictRecord[]> {
    const q = withScope(this.db.selectFrom('conflicts').selectAll().where('resolved', '=', 0), scope);
    return (await q.orderBy('server_seq').execute()).map(conflictFromRow);
  }

  async isEmpty(): Promise<boolean> {
    return (await this.db.selectFrom('records').select('id').limit(1).executeTakeFirst()) === undefined;
  }

  async close(): Promise<void> {
    await this.db.destroy();
    await this.extras.close?.();
  }
}
