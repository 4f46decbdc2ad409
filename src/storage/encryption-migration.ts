/**
 * The first unlock after the update that brought encryption at rest: what this device stored in
 * clear is encrypted in place, without a re-download. Page by page in primary-key order, each page
 * rewritten (the encryption middleware seals it) in one transaction with the progress marker in
 * meta, so a tab closed mid-way loses nothing and the next unlock resumes after the last page
 * written. Values already sealed are recognised and left alone, so a run over written data is
 * harmless. Meta stays clear (crypto/clear-fields.ts) and is skipped.
 */
import Dexie, { type IndexableType, type Table } from 'dexie';
import { clearFieldsOf } from './crypto/clear-fields';
import { currentDataKey } from './crypto/data-key';
import { holdsClearSecrets } from './crypto/sealed-value';
import type { FieldDb } from './db';
import { readRawIn } from './encryption-middleware';
import { readMeta } from './meta-store';

export const MIGRATION_KEY = 'encryption.migration';

/** Where the migration stands: done, or the table it is in and the last primary key it wrote. */
export type MigrationProgress = { done: true } | { done: false; table: string; after: IndexableType | null };

/** Values per transaction: a page of full seekers is ~1 MB; a closed tab redoes at most one page. */
const PAGE = 500;

const running = new WeakMap<FieldDb, Promise<void>>();

/** Encrypts what is still in clear (once at a time per database); a no-op once done or while locked. */
export function encryptStoredData(db: FieldDb, pageSize = PAGE): Promise<void> {
  const current = running.get(db);
  if (current) return current;
  const run = migrate(db, pageSize).finally(() => running.delete(db));
  running.set(db, run);
  return run;
}

async function migrate(db: FieldDb, pageSize: number): Promise<void> {
  const progress = await readMeta<MigrationProgress>(db, MIGRATION_KEY);
  if (progress?.done) return;
  const tables = db.tables.filter((t) => t.name !== 'meta').sort((a, b) => (a.name < b.name ? -1 : 1));
  const start = progress ? Math.max(0, tables.findIndex((t) => t.name === progress.table)) : 0;
  for (const [i, table] of tables.entries()) {
    if (i < start) continue;
    let after: IndexableType | null | undefined = progress && i === start ? progress.after : null;
    while (after !== undefined) after = await encryptPage(db, table, after, pageSize);
  }
  await db.meta.put({ key: MIGRATION_KEY, value: { done: true } satisfies MigrationProgress });
}

/** Rewrites the clear values of one page; resolves to its last key, or undefined past the table's end. */
async function encryptPage(db: FieldDb, table: Table, after: IndexableType | null, pageSize: number): Promise<IndexableType | undefined> {
  if (!currentDataKey()) throw new Error('data-locked');
  // Every table of the schema has one inline primary key (db.ts).
  const keyPath = table.schema.primKey.keyPath as string;
  const clear = clearFieldsOf(table.name, [keyPath]);
  return db.transaction('rw', [table, db.meta], async () => {
    readRawIn(Dexie.currentTransaction.idbtrans);
    const page = await (after === null ? table.orderBy(':id') : table.where(':id').above(after)).limit(pageSize).toArray();
    if (page.length === 0) return undefined;
    const clearOnes = page.filter((v) => holdsClearSecrets(v, clear));
    if (clearOnes.length > 0) await table.bulkPut(clearOnes);
    const last = Dexie.getByKeyPath(page[page.length - 1], keyPath as string) as IndexableType;
    await db.meta.put({ key: MIGRATION_KEY, value: { done: false, table: table.name, after: last } satisfies MigrationProgress });
    return last;
  });
}
