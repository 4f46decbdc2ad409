/**
 * One line per API request: method, route pattern (never the URL: query strings and ids stay out),
 * status, duration and the signed-in user's id. Never bodies, names or cookies (personal data, APPI).
 * Static files (the app's shell, scripts, icons) are not logged: a page load fetches dozens of them,
 * which buried the API lines, and they say nothing about who did what.
 */
import type { Request, RequestHandler } from 'express';
import { sessionOf } from './authenticate';

function routePattern(req: Request): string {
  const route = (req as Request & { route?: { path?: unknown } }).route;
  if (route && typeof route.path === 'string') return `${req.baseUrl}${route.path}`;
  // Refused before a route matched (401, 403 csrf...): the mount point is still a pattern, not data.
  if (req.baseUrl) return `${req.baseUrl}/*`;
  return '/api/(unmatched)';
}

const isApi = (req: Request) => req.originalUrl === '/api' || req.originalUrl.startsWith('/api/');

export function accessLog(write: (line: string) => void): RequestHandler {
  return (req, res, next) => {
    if (!isApi(req)) {
      next();
      return;
    }
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const user = sessionOf(res)?.actor.userId ?? '-';
      write(`${req.method} ${routePattern(req)} ${res.statusCode} ${ms.toFixed(1)}ms user=${user}`);
    });
    next();
  };
}
