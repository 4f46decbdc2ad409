// The real sync server (demo-server.ts, on in-memory SQLite) serving a built PWA from a
// folder the test can swap, as a deployment would: `deploy(dir)` replaces the served files, so the
// next service-worker update check finds the new version. Also builds extra app versions.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { DemoDataOptions } from '../../../src/shared/demo-data';
import { startDemoServer } from './demo-server';

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
  const server = await startDemoServer({ sqliteFile: ':memory:', staticDir: served, demo, cleanup: () => rmSync(served, { recursive: true, force: true }) });
  return { url: server.url, deploy, close: server.close };
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
