/**
 * The real sync server (createApp over the SQLite SqlStore), in this process, on 127.0.0.1 at a free
 * port, with a fresh temp data dir, seeded with N seekers through the store's seed path. An outer
 * express app adds one bench-only route on the same origin, GET /bench/all-seekers (the floor: every
 * live seeker as one JSON array, gzip by the same `compression` middleware the app uses), and the
 * app itself serves the built bench page from STATIC_DIR-style `staticDir`. The app runs with auth
 * exactly as index.ts wires it (plain http, so the cookie is not Secure; Origin must match the Host),
 * and one bench user exists (BENCH_LOGIN, a coordinator, the real scrypt parameters): the page and
 * the HTTP throughput run sign in as it before syncing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import compression from 'compression';
import express from 'express';
import type { Seeker } from '../../src/shared/entities';
import { createApp } from '../../sync-server/src/app';
import { hashPassword } from '../../sync-server/src/services/password';
import { seedIfEmpty } from '../../sync-server/src/services/seed-service';
import { createSyncService, type SyncService } from '../../sync-server/src/services/sync-service';
import { AuthStore } from '../../sync-server/src/store/auth-store';
import { createSqlStore, type SqlStore } from '../../sync-server/src/store/sql-store';
import { BENCH_LOGIN } from './page/bench-api';

export type BenchServer = {
  url: string;
  store: SqlStore;
  service: SyncService;
  close(): Promise<void>;
};

export async function startBenchServer(opts: { seekers: readonly Seeker[]; staticDir: string; now: string }): Promise<BenchServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'field-bench-data-'));
  let store: SqlStore | undefined;
  let server: Server | undefined;
  try {
    store = await createSqlStore({ sqliteFile: path.join(dataDir, 'sync.sqlite') });
    const seeded = await seedIfEmpty(store, { seekers: opts.seekers }, opts.now);
    if (seeded !== opts.seekers.length) throw new Error(`seeded ${seeded} of ${opts.seekers.length}`);
    const db = store.db;
    const created = await new AuthStore(db).insertUser({
      id: crypto.randomUUID(),
      loginId: BENCH_LOGIN.loginId,
      displayName: 'ベンチ コーディネーター',
      role: 'coordinator',
      schoolId: null,
      passwordHash: await hashPassword(BENCH_LOGIN.password),
      disabled: false,
      createdAt: opts.now,
      updatedAt: opts.now,
    });
    if (!created) throw new Error('bench user not created');

    const outer = express();
    outer.disable('x-powered-by');
    outer.get('/bench/all-seekers', compression(), async (_req, res, next) => {
      try {
        const rows = await db.selectFrom('records').select('data').where('entity', '=', 'seekers').where('deleted', '=', 0).orderBy('server_seq').execute();
        let body = '[';
        for (let i = 0; i < rows.length; i++) body += (i === 0 ? '' : ',') + rows[i]!.data;
        body += ']';
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(body);
      } catch (error) {
        next(error);
      }
    });
    outer.use(
      createApp({
        store,
        staticDir: opts.staticDir,
        log: (message, error) => console.error('bench server:', message, error),
        auth: { db, cookieSecure: false },
      }),
    );

    const listening = outer.listen(0, '127.0.0.1');
    server = listening;
    await new Promise<void>((resolve, reject) => {
      listening.once('listening', resolve);
      listening.once('error', reject);
    });
    const { port } = listening.address() as AddressInfo;
    const openStore = store;
    return {
      url: `http://127.0.0.1:${port}`,
      store: openStore,
      service: createSyncService({ store: openStore }),
      async close() {
        listening.closeAllConnections();
        await new Promise<void>((resolve) => listening.close(() => resolve()));
        await openStore.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    server?.close();
    await store?.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
