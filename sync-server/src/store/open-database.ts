/**
 * Opens the Kysely instance for the configured database: PostgreSQL when a URL is given (several
 * server instances may share it), else an embedded SQLite file (or ':memory:' in tests).
 * SQLite runs in WAL mode so reads do not wait for a writer, and checkpoints on a worker thread
 * (sqlite-checkpointer.ts). synchronous=FULL fsyncs the WAL at every commit: with NORMAL the database
 * stays consistent but the last commits before a power cut can vanish, and a push the server has
 * acknowledged must not (the device has already dropped it from its outbox). The cost, one fsync per
 * write transaction, is measured against NORMAL by `npm run bench:sync` (docs/benchmarks.md).
 */
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database as Schema } from './db-schema';
import { startCheckpointer, WRITER_AUTOCHECKPOINT_PAGES } from './sqlite-checkpointer';

export type Dialect = 'sqlite' | 'postgres';
export type DatabaseTarget = { postgresUrl: string } | { sqliteFile: string };

/** `close`: extra resources to release after the Kysely instance (the checkpoint worker). */
/** `sqlite`: the raw connection under Kysely, for the prepared hot statements (sqlite-statements.ts). */
export type OpenedDatabase = { db: Kysely<Schema>; dialect: Dialect; close?: () => Promise<void>; sqlite?: Database.Database };

export function openDatabase(target: DatabaseTarget): OpenedDatabase {
  if ('postgresUrl' in target) {
    const pool = new pg.Pool({
      connectionString: target.postgresUrl,
      max: 10,
      // server_seq is BIGINT (int8): read it as a number; it stays far below 2^53.
      types: { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === 20 ? Number : pg.types.getTypeParser(oid, format)) } as never,
    });
    return { db: new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' };
  }
  const sqlite = new Database(target.sqliteFile);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MB of page cache instead of 2 MB: a push reads and rewrites hundreds of ~2 KB rows scattered
  // over a 100+ MB file; without it every page is a read() system call.
  sqlite.pragma('cache_size = -65536');
  if (target.sqliteFile === ':memory:') return { db: new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) }), dialect: 'sqlite', sqlite };
  sqlite.pragma(`wal_autocheckpoint = ${WRITER_AUTOCHECKPOINT_PAGES}`);
  const checkpointer = startCheckpointer(target.sqliteFile);
  return { db: new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) }), dialect: 'sqlite', close: () => checkpointer.close(), sqlite };
}
