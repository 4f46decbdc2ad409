/**
 * Serves the built PWA with an SPA fallback: any GET outside /api that is not a file gets index.html,
 * so deep links work offline-first. index.html and the service worker are never cached by HTTP:
 * a stale one would pin devices to an old app version; hashed assets are immutable.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';

const NO_CACHE = new Set(['index.html', 'sw.js', 'registerSW.js', 'manifest.webmanifest']);

export function staticFiles(dir: string): Router | undefined {
  const root = path.resolve(dir);
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) return undefined;
  const router = express.Router();
  router.use(
    express.static(root, {
      index: false,
      setHeaders(res, file) {
        const name = path.basename(file);
        if (NO_CACHE.has(name)) res.setHeader('Cache-Control', 'no-cache');
        else if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  const spaFallback: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path.startsWith('/api/') || req.path === '/api') return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
  router.use(spaFallback);
  return router;
}
