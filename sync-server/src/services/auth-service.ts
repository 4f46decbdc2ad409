/**
 * Sign-in and sessions. No HTTP here: routes and middleware map the outcomes.
 *
 * Login, in this order:
 *  1. A revoked device is refused before anything else ('device-revoked': the device wipes itself).
 *  2. Throttle: one attempt is counted on the account key and the address key *before* the password is
 *     checked (a parallel burst cannot exceed the limit); over the limit → 'too-many-attempts'.
 *  3. The password is verified; an unknown or disabled login is verified against a dummy hash so all
 *     failures cost the same time and give the same answer ('invalid-credentials').
 *  4. Success clears the account's own counter and takes back only its own attempt on the address
 *     (in the window it was counted in: throttle-store.ts undo), so successful sign-ins from a shared
 *     address (an office) never lock it, yet never give an attacker at that address more guesses at
 *     other accounts. Then a session: a random 256-bit token, stored as its sha256, bound to the clientId.
 * Sessions end after SESSION_IDLE_SECONDS unused or SESSION_ABSOLUTE_SECONDS after sign-in, on logout,
 * when the user is disabled or their password reset, and when their device is revoked.
 */
import { createHash, randomBytes } from 'node:crypto';
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, type LoginRequest } from '../../../src/shared/auth-protocol';
import type { AuthStore, UserRow } from '../store/auth-store';
import type { ThrottleStore } from '../store/throttle-store';
import type { Actor } from './access-policy';
import { createDummyHash, DEFAULT_SCRYPT, verifyPassword, type ScryptParams } from './password';

export type ThrottleLimits = { perAccount: number; perAddress: number; windowSeconds: number };
export const DEFAULT_THROTTLE: ThrottleLimits = { perAccount: 5, perAddress: 20, windowSeconds: 15 * 60 };
/** last_used_at is written at most this often: not one database write per request. */
const TOUCH_EVERY_MS = 60_000;

export type AuthServiceDeps = {
  users: AuthStore;
  throttle: ThrottleStore;
  clock: () => Date;
  limits?: ThrottleLimits;
  /** Tests use cheaper parameters; stored hashes carry their own, so both verify. */
  scrypt?: ScryptParams;
};

export type LoginOutcome =
  | { ok: true; token: string; user: UserRow; expiresAt: string }
  | { ok: false; reason: 'device-revoked' | 'invalid-credentials' }
  | { ok: false; reason: 'too-many-attempts'; retryAfterSeconds: number };

export type SessionLookup =
  | { ok: true; actor: Actor; user: UserRow; expiresAt: string; tokenHash: string }
  | { ok: false; reason: 'unauthenticated' | 'device-revoked' };

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const plus = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000).toISOString();

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService({ users, throttle, clock, limits = DEFAULT_THROTTLE, scrypt = DEFAULT_SCRYPT }: AuthServiceDeps) {
  const dummyHash = createDummyHash(scrypt);

  /** Counts the attempt; `wait` (seconds) when over the limit, and the window it was counted in. */
  async function countAttempt(key: string, limit: number, now: string): Promise<{ wait: number; windowStart: string }> {
    const count = await throttle.hit(key, now, plus(now, -limits.windowSeconds));
    const wait = count.attempts <= limit ? 0 : Math.max(1, Math.ceil((Date.parse(count.windowStart) + limits.windowSeconds * 1000 - Date.parse(now)) / 1000));
    return { wait, windowStart: count.windowStart };
  }

  return {
    async login(request: LoginRequest, address: string): Promise<LoginOutcome> {
      const now = clock().toISOString();
      const device = await users.device(request.clientId);
      if (device?.revokedAt) return { ok: false, reason: 'device-revoked' };

      await throttle.deleteStale(plus(now, -limits.windowSeconds));
      const accountKey = `account:${request.loginId}`;
      const addressKey = `ip:${address}`;
      const account = await countAttempt(accountKey, limits.perAccount, now);
      const fromAddress = await countAttempt(addressKey, limits.perAddress, now);
      const wait = Math.max(account.wait, fromAddress.wait);
      if (wait > 0) return { ok: false, reason: 'too-many-attempts', retryAfterSeconds: wait };

      const user = await users.userByLogin(request.loginId);
      const valid = await verifyPassword(request.password, user?.passwordHash ?? (await dummyHash()));
      if (!user || !valid || user.disabled) return { ok: false, reason: 'invalid-credentials' };

      await throttle.clear(accountKey);
      await throttle.undo(addressKey, fromAddress.windowStart);
      await users.deleteExpiredSessions(now);
      const token = randomBytes(32).toString('base64url');
      const expiresAt = plus(now, SESSION_ABSOLUTE_SECONDS);
      await users.insertSession({ tokenHash: hashToken(token), userId: user.id, clientId: request.clientId, createdAt: now, lastUsedAt: now, expiresAt, revokedAt: null });
      await users.touchDevice(request.clientId, user.id, now);
      return { ok: true, token, user, expiresAt };
    },

    /**
     * `token` from the cookie; `claimedClientId` from the request (body or query) is used only to tell
     * a revoked device so when it has no valid session left.
     */
    async lookup(token: string | undefined, claimedClientId: string | undefined): Promise<SessionLookup> {
      const now = clock();
      const session = token ? await users.sessionByHash(hashToken(token)) : undefined;
      const clientId = session?.clientId ?? claimedClientId;
      if (clientId && (await users.device(clientId))?.revokedAt) return { ok: false, reason: 'device-revoked' };
      if (!session || session.revokedAt) return { ok: false, reason: 'unauthenticated' };
      const idleEnd = Date.parse(session.lastUsedAt) + SESSION_IDLE_SECONDS * 1000;
      if (now.getTime() >= idleEnd || now.toISOString() >= session.expiresAt) return { ok: false, reason: 'unauthenticated' };
      const user = await users.userById(session.userId);
      if (!user || user.disabled) return { ok: false, reason: 'unauthenticated' };
      if (now.getTime() - Date.parse(session.lastUsedAt) >= TOUCH_EVERY_MS) await users.touchSession(session.tokenHash, now.toISOString());
      const actor: Actor = { userId: user.id, clientId: session.clientId, role: user.role, schoolId: user.role === 'teacher' ? user.schoolId : null };
      return { ok: true, actor, user, expiresAt: session.expiresAt, tokenHash: session.tokenHash };
    },

    /** The key that wraps the data key on the actor's device (auth-protocol deviceKeyResponseSchema). */
    async deviceKey(actor: Actor): Promise<string> {
      return users.deviceKey(actor.clientId, actor.userId, randomBytes(32).toString('base64'), clock().toISOString());
    },

    async logout(tokenHash: string): Promise<void> {
      await users.revokeSessions({ tokenHash }, clock().toISOString());
    },
  };
}
