/**
 * Real databases for server tests (a hand-made fake passes where real SQL fails): SQLite in memory always, and
 * PostgreSQL when TEST_DATABASE_URL points at a throw-away cluster (scripts/start-test-postgres.sh).
 * Each PostgreSQL test store gets its own freshly created database.
 */
import pg from 'pg';
import { createSqlStore, type SqlStore } from '../../sync-server/src/store/sql-store';

export type TestStoreKind = {
  name: 'sqlite' | 'postgres';
  /** A new, empty, migrated store; `url` lets a test open a second store on the same database. */
  create(): Promise<{ store: SqlStore; url: string | undefined }>;
};

const pgUrl = process.env['TEST_DATABASE_URL'];

export async function createPostgresDatabase(baseUrl: string): Promise<string> {
  const name = `t_${crypto.randomUUID().replaceAll('-', '').slice(0, 20)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export const TEST_STORE_KINDS: TestStoreKind[] = [
  { name: 'sqlite', create: async () => ({ store: await createSqlStore({ sqliteFile: ':memory:' }), url: undefined }) },
  ...(pgUrl
    ? [
        {
          name: 'postgres' as const,
          create: async () => {
            const url = await createPostgresDatabase(pgUrl);
            return { store: await createSqlStore({ postgresUrl: url }), url };
          },
        },
      ]
    : []),
];

export const postgresUrl = pgUrl;
