/**
 * What an admin does with users and devices. Rules kept here (not in routes):
 * - a teacher has exactly one school, other roles none (re-checked on the merged user);
 * - disabling a user or resetting their password ends all their sessions at once;
 * - a role or school change needs no session change: scope is recomputed on every request and the
 *   new scope fingerprint makes their devices re-snapshot (sync-protocol.ts);
 * - the last active admin cannot be disabled or demoted (nobody could manage users afterwards).
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
      const user = await users.userById(userId);
      if (!user) return { ok: false, reason: 'not-found' };
      const role = patch.role ?? user.role;
      // Changing away from teacher drops the school unless the request says otherwise.
      const schoolId = patch.schoolId !== undefined ? patch.schoolId : role === 'teacher' ? user.schoolId : null;
      const checked = mergedUserSchema.safeParse({ role, schoolId });
      if (!checked.success) return { ok: false, reason: 'invalid-request', details: issuesToDetails(checked.error.issues) };
      const next: UserRow = { ...user, role, schoolId, displayName: patch.displayName ?? user.displayName, disabled: patch.disabled ?? user.disabled, updatedAt: now() };
      const losesAdmin = user.role === 'admin' && !user.disabled && (next.role !== 'admin' || next.disabled);
      if (losesAdmin && (await users.countActiveAdmins()) <= 1) return { ok: false, reason: 'last-admin' };
      await users.updateUser(next);
      if (next.disabled && !user.disabled) await users.revokeSessions({ userId }, next.updatedAt);
      return { ok: true, value: toAdminUser(next) };
    },

    async resetPassword(userId: string, password: string): Promise<AdminOutcome<AdminUser>> {
      const user = await users.userById(userId);
      if (!user) return { ok: false, reason: 'not-found' };
      const next: UserRow = { ...user, passwordHash: await hashPassword(password, scrypt), updatedAt: now() };
      await users.updateUser(next);
      await users.revokeSessions({ userId }, next.updatedAt);
      return { ok: true, value: toAdminUser(next) };
    },

    async devices(): Promise<Device[]> {
      return users.listDevices();
    },

    async revokeDevice(clientId: string, adminId: string): Promise<AdminOutcome<null>> {
      return (await users.revokeDevice(clientId, adminId, now())) ? { ok: true, value: null } : { ok: false, reason: 'not-found' };
    },
  };
}
