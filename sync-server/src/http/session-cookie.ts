/**
 * The session cookie: httpOnly (no script can read it), SameSite=Strict (never sent on a cross-site
 * request), Path=/api (the static app never sees it), Secure unless configured off for plain-http demos.
 * Parsed by hand: one cookie, no dependency.
 */
import type { Request, Response } from 'express';
import { SESSION_ABSOLUTE_SECONDS, SESSION_COOKIE } from '../../../src/shared/auth-protocol';

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/u;

export function readSessionToken(req: Request): string | undefined {
  const header = req.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    return TOKEN.test(value) ? value : undefined;
  }
  return undefined;
}

export function setSessionCookie(res: Response, token: string, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/api', secure, maxAge: SESSION_ABSOLUTE_SECONDS * 1000 });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', path: '/api', secure });
}
