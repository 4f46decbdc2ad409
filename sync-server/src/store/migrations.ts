/**
 * Schema migrations, run on every start (Kysely Migrator, one history table for both dialects).
 * Append-only: never edit a migration that has shipped; add the next one.
 */
import { Migrator, type Kysely, type Migration } from 'kysely';
import { v5 as uuidv5 } from 'uuid';

export const migrations: Record<string, Migration> = {
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
  /**
   * What several people add offline became records of their own (src/domain/registry.ts): a
   * placement's `checkIns` array becomes checkIns records, a seeker's `consentThirdParty: true`
   * becomes a consents record (all host companies, dated at registration). Both parents lose the old
   * field and take a new server_seq, so every device pulls them as they are now. Ids are v5 UUIDs of
   * the parent, so running this twice on copies of one database gives the same records.
   */
  '0004-records-of-their-own': {
    async up(db: Kysely<any>) {
      const namespace = '0b5c5a3e-9f5e-5a53-8f0c-6b1f0c7e1a41';
      const now = new Date().toISOString();
      const counter = await db.selectFrom('sync_counter').select('value').where('id', '=', 1).executeTakeFirst();
      if (!counter) return; // an empty database: nothing to move
      let seq = Number(counter.value);
      const rows = await db.selectFrom('records').select(['entity', 'id', 'data', 'deleted']).where('entity', 'in', ['trialPlacements', 'seekers']).execute();
      const added: Record<string, unknown>[] = [];
      for (const row of rows as { entity: string; id: string; data: string; deleted: number }[]) {
        const data = JSON.parse(row.data) as Record<string, unknown>;
        const meta = (id: string) => ({ id, createdAt: data['createdAt'], updatedAt: data['updatedAt'], version: 1, deleted: row.deleted === 1 });
        if (row.entity === 'trialPlacements' && 'checkIns' in data) {
          const list = Array.isArray(data['checkIns']) ? (data['checkIns'] as { date?: string; note?: string }[]) : [];
          list.forEach((c, i) => {
            const id = uuidv5(`check-in\u0000${row.id}\u0000${i}`, namespace);
            added.push({ entity: 'checkIns', ...meta(id), placementId: row.id, date: c.date ?? '', staffName: '（移行）', note: c.note ?? '' });
          });
        } else if (row.entity === 'seekers' && 'consentThirdParty' in data) {
          if (data['consentThirdParty'] === true) {
            const id = uuidv5(`consent\u0000${row.id}`, namespace);
            added.push({ entity: 'consents', ...meta(id), seekerId: row.id, date: data['registeredOn'], takenBy: '（移行）', method: 'written', scope: 'all_hosts', companyIds: [], withdrawnOn: '', note: '' });
          }
        } else continue;
        delete data['checkIns'];
        delete data['consentThirdParty'];
        seq += 1;
        await db.updateTable('records').set({ data: JSON.stringify(data), server_seq: seq, updated_at: now }).where('entity', '=', row.entity).where('id', '=', row.id).execute();
      }
      for (const { entity, ...record } of added) {
        seq += 1;
        const fields = Object.keys(record).filter((k) => !['id', 'createdAt', 'updatedAt', 'version', 'deleted'].includes(k));
        await db
          .insertInto('records')
          .values({
            entity,
            id: record['id'],
            data: JSON.stringify(record),
            version: 1,
            field_versions: JSON.stringify({ v: Object.fromEntries(fields.map((f) => [f, 1])), w: {} }),
            deleted: record['deleted'] ? 1 : 0,
            server_seq: seq,
            scope_school_id: null,
            updated_at: now,
          })
          .execute();
      }
      await db.updateTable('sync_counter').set({ value: seq }).where('id', '=', 1).execute();
    },
  },
  /** The server's half of the device encryption: a wrapping key per user and device (auth-protocol deviceKeyResponseSchema). */
  '0005-device-keys': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('device_keys')
        .addColumn('client_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('wrapping_key', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('device_keys_pk', ['client_id', 'user_id'])
        .execute();
    },
  },
};

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) throw new Error(`migration failed: ${failed?.migrationName ?? ''} ${String(error)}`);
}
