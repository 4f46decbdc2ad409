/**
 * Device databases for tests: each call opens a fresh, uniquely named one (fake-indexeddb under jsdom,
 * so tests never share data), and every one is closed after the test.
 */
import { afterEach } from 'vitest';
import { openFieldDb, type FieldDb } from '../../src/storage/db';

export function deviceDbs(prefix: string): () => FieldDb {
  const open: FieldDb[] = [];
  afterEach(() => open.splice(0).forEach((db) => db.close()));
  return () => {
    const db = openFieldDb(`${prefix}-${crypto.randomUUID()}`);
    open.push(db);
    return db;
  };
}
