/**
 * Entry point: read config, open the store (migrations run), seed demo data into an empty database,
 * listen on 127.0.0.1, and close cleanly on SIGINT/SIGTERM so SQLite's WAL is checkpointed.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { generateDemoData } from '../../src/shared/demo-data';
import { createApp } from './app';
import { loadConfig } from './config';
import { seedIfEmpty } from './services/seed-service';
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
  if (config.demoSeed !== null) {
    const seeded = await seedIfEmpty(store, generateDemoData({ seed: config.demoSeed }), new Date().toISOString());
    if (seeded > 0) console.log(`sync-server: seeded ${seeded} demo records (seed ${config.demoSeed})`);
  }
  const app = createApp({ store, staticDir: config.staticDir, bodyLimit: config.bodyLimit });
  const server = app.listen(config.port, config.host, () => {
    console.log(`sync-server: http://${config.host}:${config.port} (${store.dialect})`);
  });
  const shutdown = () => {
    server.close(() => {
      void store.close().then(() => process.exit(0));
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error('sync-server: failed to start', error);
  process.exit(1);
});
