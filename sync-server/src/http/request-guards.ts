/**
 * Guards that run before any route touches a request body (hardening):
 * - csrfGuard: a state-changing request must carry the X-Field-Client header (a cross-site form or
 *   image cannot set it, and a cross-site fetch that sets it needs a CORS preflight we never answer)
 *   AND come from the app's own origin (Origin header, or Sec-Fetch-Site: same-origin when a browser
 *   sends no Origin). Its body, if any, must be JSON. Defence in depth on top of SameSite=Strict.
 * - utf8Verify: body-parser would quietly turn invalid UTF-8 into U+FFFD and store it; refuse instead.
 * - jsonShapeGuard: refuses prototype-pollution keys, absurd nesting, NUL and lone surrogates anywhere
 *   in a JSON body (PostgreSQL rejects NUL in text with an error, which would otherwise be a 500).
 */
import { isUtf8 } from 'node:buffer';
import type { Request, RequestHandler } from 'express';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE } from '../../../src/shared/auth-protocol';
import { HttpError } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameOrigin(origin: string, req: Request, allowed: readonly string[] | undefined): boolean {
  if (allowed && allowed.length > 0) return allowed.includes(origin);
  try {
    // No configured origin: the browser's Origin must name the scheme and host it sent the request to.
    // The scheme counts too: a page on http://host (a network attacker can serve one) is another origin
    // than https://host. req.protocol is what Express sees, X-Forwarded-Proto only under 'trust proxy'
    // (app.ts), so behind a TLS-terminating proxy set TRUST_PROXY or APP_ORIGIN.
    const url = new URL(origin);
    return url.protocol === `${req.protocol}:` && url.host === req.get('host');
  } catch {
    return false;
  }
}

export function csrfGuard(allowedOrigins: readonly string[] | undefined): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const csrf = (why: string) => next(new HttpError(403, 'csrf', { _: why }));
    if (req.get(CLIENT_HEADER) !== CLIENT_HEADER_VALUE) return csrf('client_header');
    const origin = req.get('origin');
    if (origin !== undefined) {
      if (!sameOrigin(origin, req, allowedOrigins)) return csrf('origin');
    } else if (req.get('sec-fetch-site') !== 'same-origin') return csrf('origin');
    // An empty body (logout, revoke: Content-Length 0 or none) needs no type; anything else is JSON.
    const empty = req.get('transfer-encoding') === undefined && (req.get('content-length') ?? '0') === '0';
    if (!empty && req.is('application/json') !== 'application/json') return next(new HttpError(415, 'unsupported-media-type'));
    next();
  };
}

export function utf8Verify(_req: unknown, _res: unknown, buf: Buffer): void {
  if (!isUtf8(buf)) throw new HttpError(400, 'invalid-json', { _: 'invalid_utf8' });
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 16;
// A NUL, or a surrogate half that is not part of a pair. isWellFormed (ES2024, Node 20) is a native
// scan, several times cheaper than a regex over every string of a 1 MB push body.
const wellFormed = (s: string) => (s as string & { isWellFormed(): boolean }).isWellFormed();
const badText = (s: string) => s.includes('\u0000') || !wellFormed(s);

/**
 * null when the value is fine, else [path, i18n-style key] of the first problem. The path is built
 * only on the way back from a problem: a push body has ~20,000 values, and building a path array for
 * each of them was most of this guard's cost.
 */
export function jsonShapeProblem(value: unknown): [string, string] | null {
  const found = shapeProblem(value, 0);
  return found ? [found.path.reverse().join('.') || '_', found.key] : null;
}

type Found = { path: string[]; key: string };

function shapeProblem(value: unknown, depth: number): Found | null {
  if (typeof value === 'string') return badText(value) ? { path: [], key: 'invalid_text' } : null;
  if (typeof value !== 'object' || value === null) return null;
  if (depth >= MAX_DEPTH) return { path: [], key: 'too_deep' };
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key) || badText(key)) return { path: ['key'], key: 'forbidden_key' };
    const problem = shapeProblem((value as Record<string, unknown>)[key], depth + 1);
    if (problem) {
      problem.path.push(key);
      return problem;
    }
  }
  return null;
}

export const jsonShapeGuard: RequestHandler = (req, _res, next) => {
  const problem = req.body === undefined ? null : jsonShapeProblem(req.body);
  if (problem) return next(new HttpError(400, 'invalid-request', { [problem[0]]: problem[1] }));
  next();
};
