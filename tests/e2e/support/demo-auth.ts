// Sign-in for the e2e servers, as `npm start` in demo mode does it: the demo users of
// sync-server/src/services/bootstrap-users.ts (passwords listed in docs/demo-users.md), the teacher
// bound to the first demo school, and the auth wiring createApp needs. Cheap scrypt parameters
// keep sign-in fast; they are stored with each hash, so verification is the real code path.
import type { AuthDeps } from '../../../sync-server/src/app';
import { bootstrapUsers, DEMO_USERS } from '../../../sync-server/src/services/bootstrap-users';
import type { ScryptParams } from '../../../sync-server/src/services/password';
import { AuthStore } from '../../../sync-server/src/store/auth-store';
import type { SqlStore } from '../../../sync-server/src/store/sql-store';
import type { Role } from '../../../src/shared/auth-protocol';

const E2E_SCRYPT: ScryptParams = { N: 2 ** 10, r: 8, p: 1 };

/** Creates the demo users and returns the `auth` deps for createApp (Origin must match the Host). */
export async function demoAuth(store: SqlStore, demoSchoolId: string): Promise<AuthDeps> {
  await bootstrapUsers(new AuthStore(store.db), { production: false, admin: null, demoSchoolId, now: new Date().toISOString(), scrypt: E2E_SCRYPT });
  return { db: store.db, cookieSecure: false, scrypt: E2E_SCRYPT };
}

export function demoUser(role: Role): { loginId: string; password: string; displayName: string } {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`no demo user for ${role}`);
  return user;
}
