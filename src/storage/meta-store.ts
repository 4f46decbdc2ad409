/**
 * Typed reads and writes of the meta table, the device's key → value store for bookkeeping (sync
 * cursor, device id, session). Each repo owns its keys and the shape stored under them; this only
 * keeps the one `get(key)?.value` / `put({ key, value })` idiom in one place.
 */
import type { FieldDb } from './db';

export async function readMeta<T>(db: FieldDb, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function writeMeta(db: FieldDb, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
