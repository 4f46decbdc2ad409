/**
 * Resolves the session cookie into the acting user (res.locals) or refuses the request:
 * 401 'unauthenticated' (no valid session), 403 'device-revoked' (the device is revoked, whatever the
 * session), 403 'forbidden' for a role outside `requireRole`. Routes read the user with `sessionOf`.
 */
import type { RequestHandler, Response } from 'express';
import type { Role } from '../../../src/shared/auth-protocol';
import type { AuthService, SessionLookup } from '../services/auth-service';
import { HttpError } from './errors';
import { readSessionToken } from './session-cookie';

export type AuthedSession = Extract<SessionLookup, { ok: true }>;

export function sessionOf(res: Response): AuthedSession | undefined {
  return res.locals['session'] as AuthedSession | undefined;
}

export function requireSession(res: Response): AuthedSession {
  const session = sessionOf(res);
  if (!session) throw new HttpError(401, 'unauthenticated');
  return session;
}

/** The clientId a request claims (query or body), only to tell a revoked device why it is refused. */
function claimedClientId(source: unknown): string | undefined {
  const value = (source as { clientId?: unknown } | null | undefined)?.clientId;
  return typeof value === 'string' && value.length <= 100 ? value : undefined;
}

export function authenticate(auth: AuthService): RequestHandler {
  return async (req, res, next) => {
    const result = await auth.lookup(readSessionToken(req), claimedClientId(req.query) ?? claimedClientId(req.body));
    if (!result.ok) throw new HttpError(result.reason === 'device-revoked' ? 403 : 401, result.reason);
    res.locals['session'] = result;
    next();
  };
}

export function requireRole(...roles: Role[]): RequestHandler {
  return (_req, res, next) => {
    if (!roles.includes(requireSession(res).actor.role)) throw new HttpError(403, 'forbidden');
    next();
  };
}
