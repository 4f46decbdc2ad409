/**
 * The Express app factory (STYLE §3.6): json body limit → compression → routes → static PWA →
 * notFound → errorHandler last. Only index.ts listens; tests call createApp with a real store.
 */
import compression from 'compression';
import express, { type Express } from 'express';
import { createErrorHandler, notFound } from './http/errors';
import { staticFiles } from './http/static-files';
import { syncRouter } from './routes/sync';
import { createSyncService, type SyncServiceDeps } from './services/sync-service';

export type AppDeps = SyncServiceDeps & {
  bodyLimit?: string;
  /** Folder with the built PWA (index.html); omitted or missing → API only. */
  staticDir?: string;
  log?: (message: string, error: unknown) => void;
};

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(compression());
  app.use(express.json({ limit: deps.bodyLimit ?? '16mb' }));
  app.get('/api/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use('/api/sync', syncRouter(createSyncService(deps)));
  const pwa = deps.staticDir ? staticFiles(deps.staticDir) : undefined;
  if (pwa) app.use(pwa);
  app.use(notFound);
  app.use(createErrorHandler(deps.log));
  return app;
}
