/**
 * The device database, for the one module that hands it to the session store and the sync loop
 * (src/auth/use-session.ts, which take it as a parameter). Screens and hooks never hold it: they
 * call the functions and hooks of src/storage, which use it themselves. ESLint allows this getter
 * only there (eslint.config.js, project/db-only-in-storage).
 * A promise: Dexie (~30 KB gzip) and the middlewares load beside the first screen, not before it
 * (`npm run build:report`); the lock screen needs no database to paint (session-store.ts, lock hint).
 */
import type { FieldDb } from './db';
import { loadLiveDb } from './live-db';

/** The database once loaded and open: a key set at unlock finds its listeners (db.ts) registered. */
export function deviceDb(): Promise<FieldDb> {
  return loadLiveDb().then(async ({ db }) => {
    await db.open();
    return db;
  });
}
