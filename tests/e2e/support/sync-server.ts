// The real sync server for end-to-end tests, as `npm start` runs it: createApp over SQLite in a fresh
// temporary data directory (WAL file and all), demo data seeded into the empty database, the built
// PWA served from dist/ on the same port, listening on 127.0.0.1 at a free port. With sign-in and
// the demo users (support/demo-auth.ts), like index.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDemoData, type DemoDataOptions } from '../../../src/shared/demo-data';
import { createApp } from '../../../sync-server/src/app';
import { seedIfEmpty } from '../../../sync-server/src/services/seed-service';
import { createSqlStore } from '../../../sync-server/src/store/sql-store';
import { demoAuth } from './demo-auth';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface SyncServer {
  url: string;
  close: () => Promise<void>;
}

export async function startSyncServer({ dir = 'dist', demo = {} }: { dir?: string; demo?: DemoDataOptions } = {}): Promise<SyncServer> {
  const staticDir = path.resolve(repoRoot, dir);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'field-sync-e2e-'));
  const store = await createSqlStore({ sqliteFile: path.join(dataDir, 'sync.sqlite') });
  const data = generateDemoData({ seed: 1, ...demo });
  await seedIfEmpty(store, data, new Date().toISOString());
  const app = createApp({ store, staticDir, log: () => undefined, auth: await demoAuth(store, data.schools[0]!.id) });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
