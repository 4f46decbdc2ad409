/**
 * Entry point: read config, open the store (migrations run), seed demo data into an empty database,
 * create the configured admin / demo users, start the daily ledger hold purge, listen on 127.0.0.1,
 * and close cleanly on SIGINT/SIGTERM so SQLite's WAL is checkpointed. This is the only real server: it ALWAYS passes `auth` to createApp.
 * A configuration problem (e.g. production without an admin) prints one clear line and exits 1.
 *
 * Started with `--max-semi-space-size=64` (package.json `start`; the benches that run this server in
 * their own process pass it too): a push of 500 seekers allocates ~10 MB that all lives until its
 * commit, so in V8's default 16 MB semi-spaces most of it was copied by scavenges and promoted, and
 * garbage collection took 16–19% of the push's profile; with 64 MB most of a batch dies young (3–12%
 * in profiles of the same workload on a loaded machine).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { japanDay } from '../../src/domain/dates';
import { DEMO_VOLUMES, generateDemoData } from '../../src/shared/demo-data';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { bootstrapUsers, DEMO_USERS } from './services/bootstrap-users';
import { scheduleLedgerHoldPurge } from './services/ledger-hold-purge';
import { seedIfEmpty } from './services/seed-service';
import { AuthStore } from './store/auth-store';
import { createSqlStore } from './store/sql-store';

async function main(): Promise<void> {
  const config = loadConfig();
  let target: Parameters<typeof createSqlStore>[0];
  if (config.databaseUrl) target = { postgresUrl: config.databaseUrl };
  else {
    mkdirSync(config.dataDir, { recursive: true });
    target = { sqliteFile: path.join(config.dataDir, 'sync.sqlite') };
  }
  const store = await createSqlStore(target);
  const users = new AuthStore(store.db);
  // Generated only for a new database (or one without users yet, for the demo teacher's school): the
  // programme volume takes seconds. Laid out around today in Japan, so that visits, check-ins and fees
  // are due on the day the demo is first opened.
  const seed = config.demoSeed;
  const needsDemo = seed !== null && ((await store.isEmpty()) || (await users.countUsers()) === 0);
  const demo = needsDemo ? generateDemoData({ seed, now: japanDay(new Date().toISOString()), ...DEMO_VOLUMES[config.demoVolume] }) : null;
  if (demo) {
    const seeded = await seedIfEmpty(store, demo, new Date().toISOString());
    if (seeded > 0) console.log(`sync-server: seeded ${seeded} demo records (seed ${seed}, ${config.demoVolume} volume)`);
  }
  const created = await bootstrapUsers(users, {
    production: config.production,
    admin: config.admin,
    demoSchoolId: demo?.schools[0]?.id ?? null,
    now: new Date().toISOString(),
  });
  if (created.length > 0) console.log(`sync-server: created users ${created.join(', ')} (demo passwords: docs/demo-users.md)`);
  if (!config.cookieSecure) console.log('sync-server: session cookies are not Secure (plain-http demo); set COOKIE_SECURE=true behind HTTPS');
  const stopPurge = scheduleLedgerHoldPurge(store, (line) => console.log(line));
  const app = createApp({
    store,
    staticDir: config.staticDir,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    accessLog: (line) => console.log(line),
    auth: { db: store.db, cookieSecure: config.cookieSecure, appOrigins: config.appOrigins },
  });
  // The address and how to sign in come last, where a newcomer looks once the start has settled.
  const demoUser = DEMO_USERS.find((u) => u.role === 'coordinator')!;
  const demoSignIn = !config.production && seed !== null && (await users.userByLogin(demoUser.loginId)) !== undefined;
  const server = app.listen(config.port, config.host, () => {
    console.log(`sync-server: ${store.dialect}; logs API requests only (method, route, status, user id)`);
    console.log(`\nOpen http://${config.host}:${config.port}`);
    if (demoSignIn) console.log(`Demo sign-in: ${demoUser.loginId} / ${demoUser.password} (admin, counter, teacher: docs/demo-users.md)`);
  });
  const shutdown = () => {
    stopPurge();
    server.close(() => {
      void store.close().then(() => process.exit(0));
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`sync-server: configuration error: ${error.message}`);
  else console.error('sync-server: failed to start', error);
  process.exit(1);
});
