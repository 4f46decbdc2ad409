// The real sync server (createApp + in-memory SQLite, demo data seeded) serving a built PWA from a
// folder the test can swap, as a deployment would: `deploy(dir)` replaces the served files, so the
// next service-worker update check finds the new version. Also builds extra app versions.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { createApp } from '../../../sync-server/src/app';
import { seedIfEmpty } from '../../../sync-server/src/services/seed-service';
import { createSqlStore } from '../../../sync-server/src/store/sql-store';
import { generateDemoData, type DemoDataOptions } from '../../../src/shared/demo-data';
import { demoAuth } from './demo-auth';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface PwaAppServer {
  url: string;
  /** Replaces the served app with the build in `dir` (a new deployment). */
  deploy: (dir: string) => void;
  close: () => Promise<void>;
}

export async function startPwaAppServer({ dir = 'dist', demo = { seekers: 300 } }: { dir?: string; demo?: DemoDataOptions } = {}): Promise<PwaAppServer> {
  const served = mkdtempSync(path.join(tmpdir(), 'field-pwa-served-'));
  const deploy = (from: string) => {
    rmSync(served, { recursive: true, force: true });
    cpSync(path.resolve(repoRoot, from), served, { recursive: true });
  };
  deploy(dir);
  const store = await createSqlStore({ sqliteFile: ':memory:' });
  const data = generateDemoData(demo);
  await seedIfEmpty(store, data, new Date().toISOString());
  const app = createApp({ store, staticDir: served, log: () => undefined, auth: await demoAuth(store, data.schools[0]!.id) });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deploy,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      rmSync(served, { recursive: true, force: true });
    },
  };
}

/** Builds the app with APP_VERSION=`version` into a fresh temp folder (the caller removes it). */
export async function buildAppVersion(version: string): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'field-pwa-build-'));
  const before = process.env.APP_VERSION;
  process.env.APP_VERSION = version; // read by vite.config.ts's `define`
  try {
    await build({ root: repoRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
  } finally {
    if (before === undefined) delete process.env.APP_VERSION;
    else process.env.APP_VERSION = before;
  }
  return outDir;
}
