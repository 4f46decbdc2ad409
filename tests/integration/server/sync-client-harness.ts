/**
 * The device sync modules against the REAL sync server in-process: createApp on SQLite :memory:,
 * listening on 127.0.0.1 at a free port, and Dexie over fake-indexeddb (imported explicitly: this
 * project runs in node). `replaceDatabase` swaps in a fresh database behind the same URL, which is
 * how a restored backup looks to a device (its cursor's epoch is unknown: reset-required).
 */
import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { openFieldDb, type FieldDb } from '../../../src/storage/db';
import { createHttpTransport } from '../../../src/sync/http-transport';
import { TransportError, type SyncTransport } from '../../../src/sync/transport';
import { createApp } from '../../../sync-server/src/app';
import { createSqlStore, type SqlStore } from '../../../sync-server/src/store/sql-store';

export type Harness = {
  baseUrl: string;
  store: SqlStore;
  device(name: string): Promise<{ db: FieldDb; transport: SyncTransport }>;
  replaceDatabase(): Promise<SqlStore>;
  close(): Promise<void>;
};

export async function startHarness(): Promise<Harness> {
  const stores: SqlStore[] = [await createSqlStore({ sqliteFile: ':memory:' })];
  let app: Express = createApp({ store: stores[0]!, log: () => {} });
  const server: Server = createServer((req, res) => app(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dbs: FieldDb[] = [];
  return {
    baseUrl,
    get store() {
      return stores.at(-1)!;
    },
    async device(name) {
      const db = openFieldDb(`test-${name}-${crypto.randomUUID()}`);
      dbs.push(db);
      return { db, transport: createHttpTransport({ baseUrl, clientId: `device-${name}`, userId: 'demo-coordinator' }) };
    },
    async replaceDatabase() {
      const store = await createSqlStore({ sqliteFile: ':memory:' });
      stores.push(store);
      app = createApp({ store, log: () => {} });
      return store;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const db of dbs) db.close();
      await Promise.all(stores.map((s) => s.close()));
    },
  };
}

/** A transport whose calls fail as a cut network would after `allowed` successful calls of `method`. */
export function cutAfter(transport: SyncTransport, method: keyof SyncTransport, allowed: number, afterServer = false): SyncTransport {
  let calls = 0;
  const wrapped = { ...transport };
  const original = transport[method] as (...args: unknown[]) => Promise<unknown>;
  (wrapped as Record<string, unknown>)[method] = async (...args: unknown[]) => {
    calls += 1;
    if (calls <= allowed) return original(...args);
    // afterServer: the request reaches the server and commits, but the answer is lost on the way back.
    if (afterServer) await original(...args);
    throw new TransportError({ kind: 'network' });
  };
  return wrapped;
}
