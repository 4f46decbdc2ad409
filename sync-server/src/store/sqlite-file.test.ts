/**
 * The SQLite store on a real file: WAL checkpoints happen on the worker thread while the writer keeps
 * its connection (sqlite-checkpointer.ts), the prepared hot statements write what a reopened store
 * reads back, closing releases the worker (the process would otherwise hang at exit), and every commit
 * is fsynced (an acknowledged push survives a power cut).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMutation, buildPush } from '../../../tests/factories/sync-factories';
import { unrestrictedAccess } from '../services/access-policy';
import { createSyncService } from '../services/sync-service';
import { createSqlStore } from './sql-store';

describe('SQLite store on a file', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('opens the file in WAL mode with synchronous=FULL, so an acknowledged write survives power loss', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'field-sqlite-test-'));
    dirs.push(dir);
    const store = await createSqlStore({ sqliteFile: path.join(dir, 'sync.sqlite') });
    const pragma = async (name: string) => Object.values((await sql.raw(`PRAGMA ${name}`).execute(store.db)).rows[0] as object)[0] as unknown;
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('synchronous')).toBe(2); // 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA
    await store.close();
  });

  it('checkpoints the WAL in the background and keeps every write across a reopen', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'field-sqlite-test-'));
    dirs.push(dir);
    const file = path.join(dir, 'sync.sqlite');
    const store = await createSqlStore({ sqliteFile: file });
    const before = statSync(file).size;
    const mutations = Array.from({ length: 600 }, () => buildMutation());
    const answer = await createSyncService({ store }).push(buildPush(mutations), unrestrictedAccess('user-1'));
    expect(answer.applied).toHaveLength(600);

    // The writer's own auto-checkpoint is far away (8,000 pages): only the worker moves pages into the file.
    const deadline = Date.now() + 5000;
    while (statSync(file).size <= before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(statSync(file).size).toBeGreaterThan(before);
    await store.close();

    const reopened = await createSqlStore({ sqliteFile: file });
    const page = await reopened.pullPage({ afterSeq: 0, limit: 1000, scope: { kind: 'all' }, liveOnly: true });
    expect(page.rows).toHaveLength(600);
    await reopened.close();
  });
});
