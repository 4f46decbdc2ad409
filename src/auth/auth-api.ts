/**
 * The sign-in endpoints (auth-protocol.ts) over the app's one API helper (apiRequest), with failures
 * turned into an AuthError the screens can `switch` on. Loaded lazily by the session store: it
 * brings zod and the shared schemas, which the first paint of a signed-in app does not need.
 */
import { z } from 'zod';
import { deviceKeyResponseSchema, normalizeLoginId, sessionResponseSchema, type SessionResponse } from '../shared/auth-protocol';
import type { FieldDb } from '../storage/db';
import { apiRequest } from '../sync/http-transport';
import { getClientId } from '../sync/identity';
import { TransportError } from '../sync/transport';

export type AuthErrorReason = 'invalid-credentials' | 'too-many-attempts' | 'device-revoked' | 'unauthenticated' | 'invalid-request' | 'network' | 'server';

export class AuthError extends Error {
  constructor(
    readonly reason: AuthErrorReason,
    /** 429: seconds until the next try is allowed (Retry-After). */
    readonly retryAfterSeconds?: number,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
    this.name = 'AuthError';
  }
}

export function toAuthError(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  if (!(error instanceof TransportError)) return new AuthError('server', undefined, { cause: error });
  const f = error.failure;
  if (f.kind === 'network') return new AuthError('network', undefined, { cause: error });
  if (f.status === 429) return new AuthError('too-many-attempts', f.retryAfterMs === undefined ? undefined : Math.ceil(f.retryAfterMs / 1000), { cause: error });
  if (f.reason === 'device-revoked') return new AuthError('device-revoked', undefined, { cause: error });
  if (f.reason === 'invalid-credentials') return new AuthError('invalid-credentials', undefined, { cause: error });
  if (f.status === 401) return new AuthError('unauthenticated', undefined, { cause: error });
  if (f.status === 400) return new AuthError('invalid-request', undefined, { cause: error });
  return new AuthError('server', undefined, { cause: error });
}

export type AuthBackend = {
  login(loginId: string, password: string): Promise<SessionResponse>;
  /** The key the server holds for this user and device (base64): it wraps the data key. Needs the session. */
  deviceKey(): Promise<string>;
  /** Ends the server session; resolves when it is gone (also when it had already ended). */
  logout(): Promise<void>;
  normalizeLoginId(raw: string): string;
};

export type AuthBackendOptions = { baseUrl?: string; fetchImpl?: typeof fetch; timeoutMs?: number };

const okSchema = z.object({ status: z.literal('ok') });

export function createAuthBackend(db: FieldDb, { baseUrl = '', fetchImpl = fetch, timeoutMs = 15_000 }: AuthBackendOptions = {}): AuthBackend {
  // A hung request must not freeze the sign-in or sign-out button for ever.
  const init = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
  return {
    normalizeLoginId,
    async login(loginId, password) {
      const clientId = await getClientId(db);
      try {
        return await apiRequest(sessionResponseSchema, `${baseUrl}/api/auth/login`, init({ loginId, password, clientId }), fetchImpl);
      } catch (error) {
        throw toAuthError(error);
      }
    },
    async deviceKey() {
      try {
        return (await apiRequest(deviceKeyResponseSchema, `${baseUrl}/api/auth/device-key`, init({}), fetchImpl)).deviceKey;
      } catch (error) {
        throw toAuthError(error);
      }
    },
    async logout() {
      try {
        await apiRequest(okSchema, `${baseUrl}/api/auth/logout`, { method: 'POST', signal: AbortSignal.timeout(timeoutMs) }, fetchImpl);
      } catch (error) {
        const failure = toAuthError(error);
        if (failure.reason !== 'unauthenticated') throw failure;
      }
    },
  };
}
