/**
 * Admin edits of users at the same moment (store/auth-store.ts updateUser, resetPassword): an edit
 * never writes back a password hash read before a reset, and the last active admin survives two
 * admins demoting or disabling each other at once. On PostgreSQL the two sides run on two stores (two
 * connection pools, as two server instances would); on SQLite on one.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestUser, TEST_SCRYPT, type TestUser } from '../../../tests/setup/auth-helpers';
import { TEST_STORE_KINDS } from '../../../tests/setup/server-stores';
import { AuthStore, type UserChanges, type UserRow, type UserUpdate } from '../store/auth-store';
import { createSqlStore, type SqlStore } from '../store/sql-store';
import { verifyPassword } from './password';
import { createUserAdminService, type UserAdminService } from './user-admin-service';

const clock = () => new Date('2026-06-01T00:00:00.000Z');

describe.each(TEST_STORE_KINDS)('user admin under concurrent edits on $name', (kind) => {
  let stores: SqlStore[];
  let one: AuthStore;
  let two: AuthStore;
  let admins: [TestUser, TestUser];
  let counter: TestUser;
  beforeEach(async () => {
    const first = await kind.create();
    stores = [first.store];
    if (first.url) stores.push(await createSqlStore({ postgresUrl: first.url }));
    one = new AuthStore(stores[0]!.db);
    two = new AuthStore(stores.at(-1)!.db);
    admins = [await createTestUser(one, 'admin', { loginId: 'admin-a' }), await createTestUser(one, 'admin', { loginId: 'admin-b' })];
    counter = await createTestUser(one, 'counter', { loginId: 'counter-1' });
  });
  afterEach(async () => Promise.all(stores.map((s) => s.close())));

  const service = (users: AuthStore): UserAdminService => createUserAdminService({ users, clock, scrypt: TEST_SCRYPT });
  const hashOf = async (id: string) => (await one.userById(id))!.passwordHash;
  const activeAdmins = async () => (await one.listUsers()).filter((u) => u.role === 'admin' && !u.disabled).length;

  it('keeps a password reset that lands while an edit of the same user is under way', async () => {
    // The reset commits on the other instance just before this edit reaches the store.
    const racing = new (class extends AuthStore {
      override async updateUser<R>(id: string, at: string, decide: (u: UserRow) => UserChanges | { refused: R }): Promise<UserUpdate<R>> {
        await service(two).resetPassword(id, 'reset-at-the-same-moment');
        return super.updateUser(id, at, decide);
      }
    })(stores[0]!.db);
    const edited = await service(racing).update(counter.id, { displayName: '新しい 名前' });
    expect(edited).toMatchObject({ ok: true, value: { displayName: '新しい 名前' } });
    expect(await verifyPassword('reset-at-the-same-moment', await hashOf(counter.id))).toBe(true);
  });

  it('never loses a reset to edits running at the same time', async () => {
    for (let round = 0; round < 8; round++) {
      const password = `password-of-round-${round}`;
      const edit = () => service(one).update(counter.id, { displayName: `名前 ${round}` });
      const reset = () => service(two).resetPassword(counter.id, password);
      const results = await Promise.all(round % 2 === 0 ? [edit(), reset()] : [reset(), edit()]);
      expect(results.every((r) => r.ok)).toBe(true);
      expect(await verifyPassword(password, await hashOf(counter.id))).toBe(true);
      expect((await one.userById(counter.id))?.displayName).toBe(`名前 ${round}`);
    }
  });

  it('lets only one of two admins demoting or disabling each other at once win', async () => {
    for (let round = 0; round < 6; round++) {
      const [a, b] = round % 2 === 0 ? admins : [admins[1], admins[0]];
      const outcomes = await Promise.all([
        service(one).update(a.id, round < 3 ? { role: 'coordinator' } : { disabled: true }),
        service(two).update(b.id, { disabled: true }),
      ]);
      expect(outcomes.map((o) => (o.ok ? 'ok' : o.reason)).sort()).toEqual(['last-admin', 'ok']);
      expect(await activeAdmins()).toBe(1);
      // Both admins again for the next round.
      for (const admin of admins) expect((await service(one).update(admin.id, { role: 'admin', disabled: false })).ok).toBe(true);
    }
  });

  it('still refuses to take away the last admin, and still checks the school rule on the current row', async () => {
    expect((await service(one).update(admins[0].id, { disabled: true })).ok).toBe(true);
    expect(await service(two).update(admins[1].id, { role: 'teacher', schoolId: crypto.randomUUID() })).toEqual({ ok: false, reason: 'last-admin' });
    expect(await service(one).update(counter.id, { role: 'teacher' })).toMatchObject({ ok: false, reason: 'invalid-request' });
    expect(await service(one).update(crypto.randomUUID(), { displayName: 'だれ' })).toEqual({ ok: false, reason: 'not-found' });
    expect(await service(one).resetPassword(crypto.randomUUID(), 'whatever-password')).toEqual({ ok: false, reason: 'not-found' });
  });
});
