/**
 * Users, sessions and devices in the same SQL database as the records (both dialects, one Kysely
 * layer), so several server instances share sign-ins, revocations and throttling. Sessions are looked
 * up by the sha256 of the cookie token; the token itself is never stored. Policy (expiry, who may do
 * what) lives in services/; this file only reads and writes rows.
 */
import { PostgresAdapter, type Kysely, type Selectable } from 'kysely';
import type { Device, Role } from '../../../src/shared/auth-protocol';
import type { UnsentSummary } from '../../../src/shared/sync-protocol';
import type { ClientsTable, Database, UsersTable } from './db-schema';

export type UserRow = {
  id: string;
  loginId: string;
  displayName: string;
  role: Role;
  schoolId: string | null;
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
};

/** What an admin's edit may change; the password hash only ever changes through resetPassword. */
export type UserChanges = Partial<Pick<UserRow, 'displayName' | 'role' | 'schoolId' | 'disabled'>>;
export type UserUpdate<Refusal> = { ok: true; before: UserRow; after: UserRow } | { ok: false; reason: 'not-found' | 'last-admin' } | { ok: false; refused: Refusal };

const isActiveAdmin = (u: Pick<UserRow, 'role' | 'disabled'>) => u.role === 'admin' && !u.disabled;

export type SessionRow = {
  tokenHash: string;
  userId: string;
  clientId: string;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
  revokedAt: string | null;
};

export type DeviceRow = Device;

const toDevice = (r: Selectable<ClientsTable>): DeviceRow => ({
  clientId: r.client_id,
  userId: r.user_id,
  lastSeen: r.last_seen,
  revokedAt: r.revoked_at,
  lastSyncAt: r.last_sync_at,
  // The three columns are written together; a row without a report has none of them.
  unsent:
    r.unsent_count === null || r.attention_count === null
      ? null
      : { unsent: Number(r.unsent_count), needsAttention: Number(r.attention_count), oldestUnsentAt: r.oldest_unsent_at },
});

const toUser = (r: Selectable<UsersTable>): UserRow => ({
  id: r.id,
  loginId: r.login_id,
  displayName: r.display_name,
  role: r.role as Role,
  schoolId: r.school_id,
  passwordHash: r.password_hash,
  disabled: Number(r.disabled) === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

async function countActiveAdmins(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export class AuthStore {
  constructor(readonly db: Kysely<Database>) {}

  // Users ---------------------------------------------------------------------------------------
  async listUsers(): Promise<UserRow[]> {
    return (await this.db.selectFrom('users').selectAll().orderBy('login_id').execute()).map(toUser);
  }

  async userById(id: string): Promise<UserRow | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  async userByLogin(loginId: string): Promise<UserRow | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('login_id', '=', loginId).executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  async countUsers(): Promise<number> {
    const row = await this.db.selectFrom('users').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** False when the login id is taken (unique constraint), whichever instance got there first. */
  async insertUser(u: UserRow): Promise<boolean> {
    const result = await this.db
      .insertInto('users')
      .values({
        id: u.id,
        login_id: u.loginId,
        display_name: u.displayName,
        role: u.role,
        school_id: u.schoolId,
        password_hash: u.passwordHash,
        disabled: u.disabled ? 1 : 0,
        created_at: u.createdAt,
        updated_at: u.updatedAt,
      })
      .onConflict((oc) => oc.column('login_id').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /**
   * One admin edit, atomic: in one transaction the user's row is read, `decide` (the service's rules)
   * says which fields change or refuses, and only those fields are written: never the password hash,
   * so a reset that lands meanwhile is not undone by a copy read earlier. A change that takes away the
   * last active admin is refused inside the same transaction, with the user's row and every active
   * admin's row locked first (PostgreSQL: FOR UPDATE, in id order so two such edits cannot deadlock;
   * SQLite runs one transaction at a time): two admins demoting each other at once cannot both win.
   */
  async updateUser<Refusal>(id: string, updatedAt: string, decide: (current: UserRow) => UserChanges | { refused: Refusal }): Promise<UserUpdate<Refusal>> {
    return this.db.transaction().execute(async (trx) => {
      let locking = trx
        .selectFrom('users')
        .selectAll()
        .where((eb) => eb.or([eb('id', '=', id), eb.and([eb('role', '=', 'admin'), eb('disabled', '=', 0)])]))
        .orderBy('id');
      if (this.db.getExecutor().adapter instanceof PostgresAdapter) locking = locking.forUpdate();
      const current = (await locking.execute()).map(toUser).find((u) => u.id === id);
      if (!current) return { ok: false, reason: 'not-found' };
      const changes = decide(current);
      if ('refused' in changes) return { ok: false, refused: changes.refused };
      const after: UserRow = { ...current, ...changes, updatedAt };
      // Counted after the locks: on PostgreSQL this statement sees every admin change committed before.
      if (isActiveAdmin(current) && !isActiveAdmin(after) && (await countActiveAdmins(trx)) <= 1) return { ok: false, reason: 'last-admin' };
      const changed = (field: keyof UserChanges) => changes[field] !== undefined && changes[field] !== current[field];
      await trx
        .updateTable('users')
        .set({
          ...(changed('displayName') ? { display_name: after.displayName } : {}),
          ...(changed('role') ? { role: after.role } : {}),
          ...(changed('schoolId') ? { school_id: after.schoolId } : {}),
          ...(changed('disabled') ? { disabled: after.disabled ? 1 : 0 } : {}),
          updated_at: updatedAt,
        })
        .where('id', '=', id)
        .execute();
      return { ok: true, before: current, after };
    });
  }

  /** Sets the password hash alone (nothing else of the row) and ends the user's sessions, at once. */
  async resetPassword(id: string, passwordHash: string, now: string): Promise<UserRow | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const updated = await trx.updateTable('users').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', id).returningAll().executeTakeFirst();
      if (!updated) return undefined;
      await trx.updateTable('sessions').set({ revoked_at: now }).where('user_id', '=', id).where('revoked_at', 'is', null).execute();
      return toUser(updated);
    });
  }

  // Sessions ------------------------------------------------------------------------------------
  async insertSession(s: SessionRow): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        token_hash: s.tokenHash,
        user_id: s.userId,
        client_id: s.clientId,
        created_at: s.createdAt,
        last_used_at: s.lastUsedAt,
        expires_at: s.expiresAt,
        revoked_at: s.revokedAt,
      })
      .execute();
  }

  async sessionByHash(tokenHash: string): Promise<SessionRow | undefined> {
    const r = await this.db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    if (!r) return undefined;
    return {
      tokenHash: r.token_hash,
      userId: r.user_id,
      clientId: r.client_id,
      createdAt: r.created_at,
      lastUsedAt: r.last_used_at,
      expiresAt: r.expires_at,
      revokedAt: r.revoked_at,
    };
  }

  async touchSession(tokenHash: string, now: string): Promise<void> {
    await this.db.updateTable('sessions').set({ last_used_at: now }).where('token_hash', '=', tokenHash).execute();
  }

  async revokeSessions(by: { tokenHash: string } | { userId: string } | { clientId: string }, now: string): Promise<void> {
    let q = this.db.updateTable('sessions').set({ revoked_at: now }).where('revoked_at', 'is', null);
    if ('tokenHash' in by) q = q.where('token_hash', '=', by.tokenHash);
    else if ('userId' in by) q = q.where('user_id', '=', by.userId);
    else q = q.where('client_id', '=', by.clientId);
    await q.execute();
  }

  /** Housekeeping on sign-in: sessions past their absolute limit are useless. */
  async deleteExpiredSessions(now: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<', now).execute();
  }

  // Devices -------------------------------------------------------------------------------------
  async device(clientId: string): Promise<DeviceRow | undefined> {
    const r = await this.db.selectFrom('clients').selectAll().where('client_id', '=', clientId).executeTakeFirst();
    return r ? toDevice(r) : undefined;
  }

  /** Records who signed in on the device; never clears a revocation. */
  async touchDevice(clientId: string, userId: string, now: string): Promise<void> {
    await this.db
      .insertInto('clients')
      .values({ client_id: clientId, user_id: userId, last_seen: now, revoked_at: null, revoked_by: null })
      .onConflict((oc) => oc.column('client_id').doUpdateSet({ user_id: userId, last_seen: now }))
      .execute();
  }

  async listDevices(): Promise<DeviceRow[]> {
    const rows = await this.db.selectFrom('clients').selectAll().orderBy('last_seen', 'desc').orderBy('client_id').execute();
    return rows.map(toDevice);
  }

  /**
   * A completed sync run: the device was seen, synced, and still holds `summary`. Only an existing
   * row is updated (the device signed in, which created it); never clears a revocation.
   */
  async reportDevice(clientId: string, userId: string, summary: UnsentSummary, now: string): Promise<void> {
    await this.db
      .updateTable('clients')
      .set({
        user_id: userId,
        last_seen: now,
        last_sync_at: now,
        unsent_count: summary.unsent,
        attention_count: summary.needsAttention,
        oldest_unsent_at: summary.oldestUnsentAt,
      })
      .where('client_id', '=', clientId)
      .execute();
  }

  /**
   * The wrapping key of this user on this device: the stored one, or `candidate` when there is none
   * (two first calls at once both get the one that was inserted). Another user's key for the same
   * device goes in the same transaction: the device wiped that user's data when it changed hands.
   */
  async deviceKey(clientId: string, userId: string, candidate: string, now: string): Promise<string> {
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('device_keys').where('client_id', '=', clientId).where('user_id', '!=', userId).execute();
      await trx
        .insertInto('device_keys')
        .values({ client_id: clientId, user_id: userId, wrapping_key: candidate, created_at: now })
        .onConflict((oc) => oc.columns(['client_id', 'user_id']).doNothing())
        .execute();
      const row = await trx.selectFrom('device_keys').select('wrapping_key').where('client_id', '=', clientId).where('user_id', '=', userId).executeTakeFirstOrThrow();
      return row.wrapping_key;
    });
  }

  /** False when the device is unknown. Its sessions end and its wrapping keys are deleted, in the same transaction. */
  async revokeDevice(clientId: string, revokedBy: string, now: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const result = await trx.updateTable('clients').set({ revoked_at: now, revoked_by: revokedBy }).where('client_id', '=', clientId).executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      await trx.updateTable('sessions').set({ revoked_at: now }).where('client_id', '=', clientId).where('revoked_at', 'is', null).execute();
      // What the device still holds (a lost tablet) can no longer be opened through the server.
      await trx.deleteFrom('device_keys').where('client_id', '=', clientId).execute();
      return true;
    });
  }
}
