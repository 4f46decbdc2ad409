/**
 * Schema migrations, run on every start (Kysely Migrator, one history table for both dialects).
 * Append-only: never edit a migration that has shipped; add the next one.
 */
import { Migrator, type Kysely, type Migration } from 'kysely';

const migrations: Record<string, Migration> = {
  '0001-initial': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('records')
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('field_versions', 'text', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull())
        .addColumn('server_seq', 'bigint', (c) => c.notNull())
        .addColumn('scope_school_id', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('records_pk', ['entity', 'id'])
        .execute();
      // Pull and snapshot page through the change stream in this order.
      await db.schema.createIndex('records_server_seq').on('records').column('server_seq').execute();
      // Scoped pulls (a teacher's school) walk the stream per school.
      await db.schema.createIndex('records_scope_seq').on('records').columns(['scope_school_id', 'server_seq']).execute();

      await db.schema
        .createTable('applied_mutations')
        .addColumn('mutation_id', 'text', (c) => c.primaryKey())
        .addColumn('client_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('result', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('details', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('clients')
        .addColumn('client_id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('last_seen', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('conflicts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('winner', 'text', (c) => c.notNull())
        .addColumn('server_value', 'text', (c) => c.notNull())
        .addColumn('losing_value', 'text', (c) => c.notNull())
        .addColumn('base_version', 'integer', (c) => c.notNull())
        .addColumn('record_version', 'integer', (c) => c.notNull())
        .addColumn('mutation_id', 'text', (c) => c.notNull())
        .addColumn('client_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('resolved', 'integer', (c) => c.notNull())
        .addColumn('resolved_at', 'text')
        .addColumn('resolved_by', 'text')
        .addColumn('server_seq', 'bigint', (c) => c.notNull())
        .addColumn('scope_school_id', 'text')
        .execute();
      await db.schema.createIndex('conflicts_server_seq').on('conflicts').column('server_seq').execute();
      // A retried push answers with the conflicts its mutations produced the first time.
      await db.schema.createIndex('conflicts_mutation').on('conflicts').column('mutation_id').execute();

      await db.schema
        .createTable('sync_counter')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('value', 'bigint', (c) => c.notNull())
        .execute();
      await db.insertInto('sync_counter').values({ id: 1, value: 0 }).execute();

      await db.schema
        .createTable('sync_meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      // The epoch goes into every cursor: a cursor from another database (restored, recreated) is refused.
      await db.insertInto('sync_meta').values({ key: 'epoch', value: crypto.randomUUID().slice(0, 8) }).execute();
    },
  },
  /** Sign-in: users, sessions, sign-in throttle, device revocation, audit columns, scope exits. */
  '0002-auth': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('login_id', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('school_id', 'text')
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('client_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      // Revoking all sessions of a user (disable, password reset) or of a device.
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
      await db.schema.createIndex('sessions_client').on('sessions').column('client_id').execute();

      await db.schema
        .createTable('login_throttle')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('scope_exits')
        .addColumn('server_seq', 'bigint', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('school_id', 'text', (c) => c.notNull())
        .execute();
      // A teacher's pull reads its school's exits in a stretch of the change stream.
      await db.schema.createIndex('scope_exits_school_seq').on('scope_exits').columns(['school_id', 'server_seq']).execute();

      await db.schema.alterTable('clients').addColumn('revoked_at', 'text').execute();
      await db.schema.alterTable('clients').addColumn('revoked_by', 'text').execute();

      await db.schema.alterTable('applied_mutations').addColumn('op', 'text').execute();
      await db.schema.alterTable('applied_mutations').addColumn('client_time', 'text').execute();
      await db.schema.alterTable('applied_mutations').addColumn('patch_keys', 'text').execute();
      // The audit view: one record's history.
      await db.schema.createIndex('applied_mutations_record').on('applied_mutations').columns(['entity', 'record_id']).execute();
    },
  },
  /** What each device still held unsent at its last completed sync run (the admin's devices screen). */
  '0003-device-report': {
    async up(db: Kysely<any>) {
      for (const [column, type] of [
        ['last_sync_at', 'text'],
        ['unsent_count', 'integer'],
        ['attention_count', 'integer'],
        ['oldest_unsent_at', 'text'],
      ] as const) {
        await db.schema.alterTable('clients').addColumn(column, type).execute();
      }
    },
  },
};

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) throw new Error(`migration failed: ${failed?.migrationName ?? ''} ${String(error)}`);
}
