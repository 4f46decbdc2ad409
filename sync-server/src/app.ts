/**
 * The Express app factory (tests build the real app): security headers → compression → CSRF guard → json body
 * (limit, UTF-8 check, shape guard) → routes (auth, sync, admin) → static PWA → notFound → errorHandler
 * last. `auth` is required: every app this factory builds signs users in, checks CSRF on state-changing
 * requests and scopes /api/sync by the session; there is no unauthenticated variant. Only
 * index.ts listens; tests call createApp with a real store (tests/setup/auth-helpers.ts createAuthedApp).
 */
import zlib from 'node:zlib';
import compression from 'compression';
import express, { type Express, type RequestHandler } from 'express';
import { accessLog } from './http/access-log';
import { authenticate, requireRole } from './http/authenticate';
import { createErrorHandler, notFound } from './http/errors';
import { csrfGuard, jsonShapeGuard, utf8Verify } from './http/request-guards';
import { noStore, securityHeaders } from './http/security-headers';
import { staticFiles } from './http/static-files';
import { adminRouter } from './routes/admin';
import { authRouter } from './routes/auth';
import { syncRouter, type DeviceReports } from './routes/sync';
import { createAuthService, type ThrottleLimits } from './services/auth-service';
import type { ScryptParams } from './services/password';
import { createSyncService, type SyncServiceDeps } from './services/sync-service';
import { createUserAdminService } from './services/user-admin-service';
import { AuthStore } from './store/auth-store';
import type { Kysely } from 'kysely';
import type { Database } from './store/db-schema';
import { ThrottleStore } from './store/throttle-store';

export type AuthDeps = {
  /** The same database as the sync store (SqlStore.db): users, sessions, devices, throttle, audit. */
  db: Kysely<Database>;
  /** Secure cookie + HSTS; false only for plain-http local demos and tests. */
  cookieSecure: boolean;
  /** Origins allowed on state-changing requests; unset → the Origin must match the Host header. */
  appOrigins?: readonly string[];
  clock?: () => Date;
  limits?: ThrottleLimits;
  scrypt?: ScryptParams;
};

export type AppDeps = SyncServiceDeps & {
  bodyLimit?: string;
  /** Folder with the built PWA (index.html); omitted or missing → API only. */
  staticDir?: string;
  log?: (message: string, error: unknown) => void;
  /** One line per request (http/access-log.ts); omitted → no access log (tests). */
  accessLog?: (line: string) => void;
  /** Express 'trust proxy' (behind a reverse proxy, so req.ip is the device's address for throttling). */
  trustProxy?: boolean | number | string;
  /** Sign-in, sessions, CSRF and scoping: required, so no app can serve /api/sync unauthenticated. */
  auth: AuthDeps;
};

/**
 * Sync pages are built per request and large (a 5,000-seeker snapshot page is ~10 MB of JSON), and the
 * middleware's defaults (brotli quality 4 for browsers, gzip level 6 otherwise) cost 110–125 ms per
 * such page on this kind of machine, on the critical path of a first sync. Measured on one page:
 * brotli q1 24 ms for 0.92 MB (q4: 123 ms, 0.76 MB), gzip 3 46 ms for 1.12 MB (6: 108 ms, 0.83 MB).
 * /api trades ~20% more bytes for ~5× less CPU; static assets keep the defaults (compressed once per
 * version, then cached by the service worker).
 */
const API_BROTLI_QUALITY = 1;
const API_GZIP_LEVEL = 3;

function gzipFor(): RequestHandler {
  const api = compression({ level: API_GZIP_LEVEL, brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: API_BROTLI_QUALITY } } });
  const other = compression();
  return (req, res, next) => (req.path.startsWith('/api/') ? api : other)(req, res, next);
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // res.send() would hash every answer for an ETag (a 10 MB snapshot page, a 1 MB push answer) that
  // nothing uses: /api answers are no-store. Static files keep theirs (express.static sets its own).
  app.set('etag', false);
  if (deps.trustProxy !== undefined) app.set('trust proxy', deps.trustProxy);
  if (deps.accessLog) app.use(accessLog(deps.accessLog));
  app.use(securityHeaders(deps.auth.cookieSecure));
  app.use(gzipFor());
  app.use('/api', noStore);
  app.use('/api', csrfGuard(deps.auth.appOrigins));
  app.use(express.json({ limit: deps.bodyLimit ?? '16mb', verify: utf8Verify }));
  app.use(jsonShapeGuard);
  app.get('/api/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  const { db, cookieSecure, clock = () => new Date(), limits, scrypt } = deps.auth;
  const users = new AuthStore(db);
  const auth = createAuthService({ users, throttle: new ThrottleStore(db), clock, limits, scrypt });
  const authenticated = authenticate(auth);
  app.use('/api/auth', authRouter(auth, { cookieSecure, authenticated }));
  const deviceReports: DeviceReports = { report: (clientId, userId, summary) => users.reportDevice(clientId, userId, summary, clock().toISOString()) };
  app.use('/api/sync', authenticated, syncRouter(createSyncService(deps), deviceReports));
  app.use('/api/admin', authenticated, requireRole('admin'), adminRouter(createUserAdminService({ users, clock, scrypt }), db));

  const pwa = deps.staticDir ? staticFiles(deps.staticDir) : undefined;
  if (pwa) app.use(pwa);
  app.use(notFound);
  app.use(createErrorHandler(deps.log));
  return app;
}
