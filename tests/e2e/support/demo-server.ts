// The real sync server as `npm start` runs it in demo mode, for the e2e suites and benchmarks:
// createApp over SQLite, demo data seeded into the empty database, the demo users able to sign in
// (demo-auth.ts), the built PWA served from `staticDir` on the same port, on 127.0.0.1 at a free
// port. Where the database and the served files live is the caller's choice (sync-server.ts,
// pwa-app-server.ts); `cleanup` removes them once the server is closed.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateDemoData, type DemoData, type DemoDataOptions } from '../../../src/shared/demo-data';
import type { EntityName } from '../../../src/shared/entities';
import { createApp } from '../../../sync-server/src/app';
import { seedIfEmpty } from '../../../sync-server/src/services/seed-service';
import { createSqlStore } from '../../../sync-server/src/store/sql-store';
import { demoAuth } from './demo-auth';

export interface DemoServer {
  url: string;
  /** The seeded demo data, e.g. to pick a school a test then works with. */
  data: DemoData;
  /** The live records of one entity as the server stores them (what a device's push left there). */
  records: (entity: EntityName) => Promise<Record<string, unknown>[]>;
  close: () => Promise<void>;
}

export async function startDemoServer({ sqliteFile, staticDir, demo, cleanup }: {
  sqliteFile: string;
  staticDir: string;
  demo: DemoDataOptions;
  cleanup: () => void;
}): Promise<DemoServer> {
  const store = await createSqlStore({ sqliteFile });
  const data = generateDemoData(demo);
  await seedIfEmpty(store, data, new Date().toISOString());
  const app = createApp({ store, staticDir, log: () => undefined, auth: await demoAuth(store, data.schools[0]!.id) });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    data,
    records: async (entity) => {
      const rows = await store.db.selectFrom('records').select('data').where('entity', '=', entity).where('deleted', '=', 0).execute();
      return rows.map((r) => JSON.parse(r.data) as Record<string, unknown>);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      cleanup();
    },
  };
}
