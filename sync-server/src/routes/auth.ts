/**
 * /api/auth routes (policy in services/auth-service.ts):
 *   POST /api/auth/login    LoginRequest -> SessionResponse + session cookie   (public, CSRF-checked)
 *   POST /api/auth/logout   -> { status: 'ok' }, cookie cleared               (session)
 *   GET  /api/auth/session  -> SessionResponse: who am I, my scope fingerprint (session)
 *   POST /api/auth/device-key -> DeviceKeyResponse: the wrapping key of this user and device (session;
 *        a POST because the first call makes it; /api answers are no-store and the log never has bodies)
 */
import { Router, type RequestHandler } from 'express';
import { loginRequestSchema, type DeviceKeyResponse, type SessionResponse } from '../../../src/shared/auth-protocol';
import { scopeFingerprint } from '../services/access-policy';
import type { AuthService } from '../services/auth-service';
import type { UserRow } from '../store/auth-store';
import { requireSession } from '../http/authenticate';
import { HttpError } from '../http/errors';
import { parse } from '../http/parse';
import { clearSessionCookie, setSessionCookie } from '../http/session-cookie';

function sessionBody(user: UserRow, clientId: string, expiresAt: string): SessionResponse {
  const schoolId = user.role === 'teacher' ? user.schoolId : null;
  return {
    status: 'ok',
    user: { userId: user.id, loginId: user.loginId, displayName: user.displayName, role: user.role, schoolId },
    clientId,
    scopeFingerprint: scopeFingerprint(user.role, schoolId),
    expiresAt,
  };
}

export function authRouter(auth: AuthService, opts: { cookieSecure: boolean; authenticated: RequestHandler }): Router {
  const router = Router();

  router.post('/login', async (req, res) => {
    const request = parse(loginRequestSchema, req.body);
    const outcome = await auth.login(request, req.ip ?? 'unknown');
    if (!outcome.ok) {
      if (outcome.reason === 'too-many-attempts') throw new HttpError(429, outcome.reason, {}, { 'Retry-After': String(outcome.retryAfterSeconds) });
      throw new HttpError(outcome.reason === 'device-revoked' ? 403 : 401, outcome.reason);
    }
    setSessionCookie(res, outcome.token, opts.cookieSecure);
    res.json(sessionBody(outcome.user, request.clientId, outcome.expiresAt));
  });

  router.post('/logout', opts.authenticated, async (_req, res) => {
    await auth.logout(requireSession(res).tokenHash);
    clearSessionCookie(res, opts.cookieSecure);
    res.json({ status: 'ok' });
  });

  router.post('/device-key', opts.authenticated, async (_req, res) => {
    const body: DeviceKeyResponse = { status: 'ok', deviceKey: await auth.deviceKey(requireSession(res).actor) };
    res.json(body);
  });

  router.get('/session', opts.authenticated, (_req, res) => {
    const session = requireSession(res);
    res.json(sessionBody(session.user, session.actor.clientId, session.expiresAt));
  });

  return router;
}
