/**
 * Users that exist before anyone can sign in:
 * - the configured admin (ADMIN_LOGIN/ADMIN_PASSWORD), created when no user has that login id; an
 *   existing account is left alone (change its password in the app, not by editing the environment);
 * - in demo mode (not production, demo data on, no users yet) one user per role, the teacher bound to
 *   the first demo school. Their passwords are public (docs/demo-users.md): never in production.
 */
import { loginIdSchema, type Role } from '../../../src/shared/auth-protocol';
import { demoUserId } from '../../../src/shared/demo/users';
import { ConfigError } from '../config';
import type { AuthStore, UserRow } from '../store/auth-store';
import { DEFAULT_SCRYPT, hashPassword, type ScryptParams } from './password';

export const DEMO_USERS: readonly { loginId: string; displayName: string; role: Role; password: string }[] = [
  { loginId: 'admin', displayName: 'デモ 管理者', role: 'admin', password: 'demo-admin-2025' },
  { loginId: 'coordinator', displayName: 'デモ コーディネーター', role: 'coordinator', password: 'demo-coordinator-2025' },
  { loginId: 'counter', displayName: 'デモ 窓口', role: 'counter', password: 'demo-counter-2025' },
  { loginId: 'teacher', displayName: 'デモ 教員', role: 'teacher', password: 'demo-teacher-2025' },
];

export type BootstrapOptions = {
  production: boolean;
  admin: { loginId: string; password: string } | null;
  /** The school the demo teacher is bound to; null → no demo users (demo data off). */
  demoSchoolId: string | null;
  now: string;
  scrypt?: ScryptParams;
};

/** Returns the login ids it created. Throws ConfigError for an unusable ADMIN_LOGIN. */
export async function bootstrapUsers(users: AuthStore, opts: BootstrapOptions): Promise<string[]> {
  const created: string[] = [];
  const make = async (loginId: string, displayName: string, role: Role, password: string, schoolId: string | null, id: string = crypto.randomUUID()) => {
    const row: UserRow = {
      id,
      loginId,
      displayName,
      role,
      schoolId,
      passwordHash: await hashPassword(password, opts.scrypt ?? DEFAULT_SCRYPT),
      disabled: false,
      createdAt: opts.now,
      updatedAt: opts.now,
    };
    if (await users.insertUser(row)) created.push(loginId);
  };

  if (!opts.production && opts.demoSchoolId !== null && (await users.countUsers()) === 0) {
    // Ids from the login id: the demo data puts companies and trials in the demo coordinator's charge by id.
    for (const u of DEMO_USERS) await make(u.loginId, u.displayName, u.role, u.password, u.role === 'teacher' ? opts.demoSchoolId : null, demoUserId(u.loginId));
  }
  if (opts.admin) {
    const login = loginIdSchema.safeParse(opts.admin.loginId);
    if (!login.success) throw new ConfigError('ADMIN_LOGIN must be 3-64 characters: a-z, 0-9, . _ @ - (starting with a letter or digit).');
    if (!(await users.userByLogin(login.data))) await make(login.data, '管理者', 'admin', opts.admin.password, null);
  }
  return created;
}
