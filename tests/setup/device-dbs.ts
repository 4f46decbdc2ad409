/**
 * Device databases for tests: each call opens a fresh, uniquely named one (fake-indexeddb under jsdom,
 * so tests never share data), and every one is deleted after the test.
 */
import { afterEach } from 'vitest';
import { openFieldDb, type FieldDb } from '../../src/storage/db';

export function deviceDbs(prefix: string): () => FieldDb {
  const open: FieldDb[] = [];
  afterEach(() => Promise.all(open.splice(0).map((db) => db.delete())));
  return () => {
    const db = openFieldDb(`${prefix}-${crypto.randomUUID()}`);
    open.push(db);
    return db;
  };
}
