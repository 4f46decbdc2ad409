/**
 * The device database, for the one module that hands it to the session store and the sync loop
 * (src/auth/use-session.ts, which take it as a parameter). Screens and hooks never hold it: they
 * call the functions and hooks of src/storage, which use it themselves. ESLint allows this getter
 * only there (eslint.config.js, project/db-only-in-storage).
 */
import { db, type FieldDb } from './db';

export function deviceDb(): FieldDb {
  return db;
}
