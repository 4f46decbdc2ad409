// The real sync server for end-to-end tests (demo-server.ts), with its SQLite database in a fresh
// temporary data directory (WAL file and all) as `npm start` keeps it, serving the built PWA from dist/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoDataOptions } from '../../../src/shared/demo-data';
import { startDemoServer, type DemoServer } from './demo-server';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export type SyncServer = DemoServer;

export async function startSyncServer({ dir = 'dist', demo = {} }: { dir?: string; demo?: DemoDataOptions } = {}): Promise<SyncServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'field-sync-e2e-'));
  return startDemoServer({
    sqliteFile: path.join(dataDir, 'sync.sqlite'),
    staticDir: path.resolve(repoRoot, dir),
    demo: { seed: 1, ...demo },
    cleanup: () => rmSync(dataDir, { recursive: true, force: true }),
  });
}
