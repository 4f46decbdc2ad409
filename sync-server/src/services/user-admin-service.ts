/**
 * What an admin does with users and devices. Rules kept here (not in routes):
 * - a teacher has exactly one school, other roles none (re-checked on the merged user);
 * - disabling a user or resetting their password ends all their sessions at once;
 * - a role or school change needs no session change: scope is recomputed on every request and the
 *   new scope fingerprint makes their devices re-snapshot (sync-protocol.ts);
 * - the last active admin cannot be disabled or demoted (nobody could manage users afterwards);
 * - both rules and the write happen in one store transaction, and an edit never writes the password
 *   hash (store/auth-store.ts updateUser, resetPassword): concurrent admins cannot undo each other.
 */
import { z } from 'zod';
import {
  checkTeacherSchool,
  roleSchema,
  type AdminUser,
  type CreateUserRequest,
  type Device,
  type UpdateUserRequest,
} from '../../../src/shared/auth-protocol';
import { issuesToDetails } from '../../../src/shared/sync-protocol';
import type { AuthStore, UserRow } from '../store/auth-store';
import { DEFAULT_SCRYPT, hashPassword, type ScryptParams } from './password';

export type AdminOutcome<T> = { ok: true; value: T } | { ok: false; reason: 'not-found' | 'login-taken' | 'last-admin' } | { ok: false; reason: 'invalid-request'; details: Record<string, string> };

export const toAdminUser = (u: UserRow): AdminUser => ({
  userId: u.id,
  loginId: u.loginId,
  displayName: u.displayName,
  role: u.role,
  schoolId: u.schoolId,
  disabled: u.disabled,
  createdAt: u.createdAt,
  updatedAt: u.updatedAt,
});

const mergedUserSchema = z.object({ role: roleSchema, schoolId: z.union([z.string(), z.null()]) }).superRefine(checkTeacherSchool);

export type UserAdminService = ReturnType<typeof createUserAdminService>;

export function createUserAdminService({ users, clock, scrypt = DEFAULT_SCRYPT }: { users: AuthStore; clock: () => Date; scrypt?: ScryptParams }) {
  const now = () => clock().toISOString();

  return {
    async list(): Promise<AdminUser[]> {
      return (await users.listUsers()).map(toAdminUser);
    },

    async create(request: CreateUserRequest): Promise<AdminOutcome<AdminUser>> {
      const at = now();
      const row: UserRow = {
        id: crypto.randomUUID(),
        loginId: request.loginId,
        displayName: request.displayName,
        role: request.role,
        schoolId: request.role === 'teacher' ? request.schoolId : null,
        passwordHash: await hashPassword(request.password, scrypt),
        disabled: false,
        createdAt: at,
        updatedAt: at,
      };
      if (!(await users.insertUser(row))) return { ok: false, reason: 'login-taken' };
      return { ok: true, value: toAdminUser(row) };
    },

    async update(userId: string, patch: UpdateUserRequest): Promise<AdminOutcome<AdminUser>> {
      // Decided on the row as the store reads it inside its transaction (auth-store.ts updateUser), not
      // on a copy read earlier: the school rule sees the current role, and the last-admin rule is kept there.
      const result = await users.updateUser<Record<string, string>>(userId, now(), (user) => {
        const role = patch.role ?? user.role;
        // Changing away from teacher drops the school unless the request says otherwise.
        const schoolId = patch.schoolId !== undefined ? patch.schoolId : role === 'teacher' ? user.schoolId : null;
        const checked = mergedUserSchema.safeParse({ role, schoolId });
        if (!checked.success) return { refused: issuesToDetails(checked.error.issues) };
        return { role, schoolId, ...(patch.displayName !== undefined ? { displayName: patch.displayName } : {}), ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}) };
      });
      if (!result.ok) return 'refused' in result ? { ok: false, reason: 'invalid-request', details: result.refused } : { ok: false, reason: result.reason };
      if (result.after.disabled && !result.before.disabled) await users.revokeSessions({ userId }, result.after.updatedAt);
      return { ok: true, value: toAdminUser(result.after) };
    },

    async resetPassword(userId: string, password: string): Promise<AdminOutcome<AdminUser>> {
      // Writes the hash alone, so an edit of the user at the same moment cannot put the old one back.
      const user = await users.resetPassword(userId, await hashPassword(password, scrypt), now());
      return user ? { ok: true, value: toAdminUser(user) } : { ok: false, reason: 'not-found' };
    },

    async devices(): Promise<Device[]> {
      return users.listDevices();
    },

    async revokeDevice(clientId: string, adminId: string): Promise<AdminOutcome<null>> {
      return (await users.revokeDevice(clientId, adminId, now())) ? { ok: true, value: null } : { ok: false, reason: 'not-found' };
    },
  };
}
