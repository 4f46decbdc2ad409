/**
 * Opens the Kysely instance for the configured database: PostgreSQL when a URL is given (several
 * server instances may share it), else an embedded SQLite file (or ':memory:' in tests).
 * SQLite runs in WAL mode so reads do not wait for a writer, with NORMAL fsync (safe with WAL).
 */
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database as Schema } from './db-schema';

export type Dialect = 'sqlite' | 'postgres';
export type DatabaseTarget = { postgresUrl: string } | { sqliteFile: string };

export function openDatabase(target: DatabaseTarget): { db: Kysely<Schema>; dialect: Dialect } {
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
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  for (const p of (process.env['XP_PRAGMAS'] ?? '').split(';').filter(Boolean)) sqlite.pragma(p);
  return { db: new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) }), dialect: 'sqlite' };
}
