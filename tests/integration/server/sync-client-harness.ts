/**
 * The device sync modules against the REAL sync server in-process: the app with auth on SQLite
 * :memory: (createAuthedApp), listening on 127.0.0.1 at a free port, and Dexie over fake-indexeddb
 * (imported explicitly: this project runs in node). Each device signs in as the coordinator through
 * the app's own auth backend (src/auth/auth-api.ts), and its transport sends the session cookie and
 * the CSRF headers as a browser tab does. `replaceDatabase` swaps in a fresh database behind the same
 * URL, which is how a restored backup looks to a device (its cursor's epoch is unknown:
 * reset-required); the backup holds the users and sessions, so the devices stay signed in.
 */
import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAuthBackend } from '../../../src/auth/auth-api';
import { openFieldDb, type FieldDb } from '../../../src/storage/db';
import { createHttpTransport } from '../../../src/sync/http-transport';
import { TransportError, type SyncTransport } from '../../../src/sync/transport';
import { createSqlStore, type SqlStore } from '../../../sync-server/src/store/sql-store';
import { browserFetch, createAuthedApp, type AuthedApp } from '../../setup/auth-helpers';

export type Harness = {
  baseUrl: string;
  store: SqlStore;
  device(name: string): Promise<{ db: FieldDb; transport: SyncTransport }>;
  replaceDatabase(): Promise<SqlStore>;
  close(): Promise<void>;
};

export async function startHarness(): Promise<Harness> {
  const stores: SqlStore[] = [await createSqlStore({ sqliteFile: ':memory:' })];
  let authed: AuthedApp = await createAuthedApp(stores[0]!);
  const server: Server = createServer((req, res) => authed.app(req, res));
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
      const fetchImpl = browserFetch();
      const { loginId, password } = authed.users.coordinator;
      const session = await createAuthBackend(db, { baseUrl, fetchImpl }).login(loginId, password);
      return { db, transport: createHttpTransport({ baseUrl, clientId: session.clientId, userId: session.user.userId, fetchImpl }) };
    },
    async replaceDatabase() {
      const store = await createSqlStore({ sqliteFile: ':memory:' });
      await copyAuthRows(stores.at(-1)!, store);
      stores.push(store);
      authed = await createAuthedApp(store, { users: authed.users, clock: authed.clock });
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

/** Users, their sessions and devices, as a restored backup of the whole database would bring them. */
async function copyAuthRows(from: SqlStore, to: SqlStore): Promise<void> {
  const users = await from.db.selectFrom('users').selectAll().execute();
  if (users.length > 0) await to.db.insertInto('users').values(users).execute();
  const sessions = await from.db.selectFrom('sessions').selectAll().execute();
  if (sessions.length > 0) await to.db.insertInto('sessions').values(sessions).execute();
  const clients = await from.db.selectFrom('clients').selectAll().execute();
  if (clients.length > 0) await to.db.insertInto('clients').values(clients).execute();
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
