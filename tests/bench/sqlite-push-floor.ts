/**
 * The floor a push of seeker edits on SQLite is compared to, measured in the same run: what any
 * server must do per edit with this schema and durability, and nothing else. In a separate database
 * on the same disk, opened as the server opens it (open-database.ts: WAL, synchronous=FULL, the
 * checkpoint worker) and migrated the same way, holding the same seekers, each batch is one
 * transaction that, per edit, reads the stored row, parses it, changes the notes, writes it back
 * whole under a new seq and logs the mutation; then commits. No merge, no rules, no HTTP, no
 * answer: the push's time over this is what the sync logic costs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Seeker } from '../../src/shared/entities';
import { migrateToLatest } from '../../sync-server/src/store/migrations';
import { openDatabase } from '../../sync-server/src/store/open-database';
import type { Throughput } from './server-side';

export type PushFloor = { run(total: number, batch: number, offset: number): Throughput; close(): Promise<void> };

export async function openPushFloor(seekers: readonly Seeker[]): Promise<PushFloor> {
  const dir = mkdtempSync(path.join(tmpdir(), 'field-bench-floor-'));
  const opened = openDatabase({ sqliteFile: path.join(dir, 'floor.sqlite') });
  const sqlite = opened.sqlite!;
  await migrateToLatest(opened.db);
  const upsert = sqlite.prepare(
    `INSERT INTO records (entity, id, data, version, field_versions, deleted, server_seq, scope_school_id, updated_at)
     VALUES ('seekers', @id, @data, @version, @fieldVersions, 0, @seq, NULL, @now)
     ON CONFLICT (entity, id) DO UPDATE SET data = excluded.data, version = excluded.version, field_versions = excluded.field_versions, server_seq = excluded.server_seq, updated_at = excluded.updated_at`,
  );
  const select = sqlite.prepare("SELECT data, field_versions, version FROM records WHERE entity = 'seekers' AND id = ?");
  const log = sqlite.prepare(
    `INSERT INTO applied_mutations (mutation_id, client_id, user_id, entity, record_id, result, reason, details, created_at, op, client_time, patch_keys)
     VALUES (@mutationId, 'floor', 'floor', 'seekers', @id, 'applied', NULL, NULL, @now, 'upsert', @now, '["notes"]')`,
  );
  const fieldVersions = (record: Record<string, unknown>) => JSON.stringify({ v: Object.fromEntries(Object.keys(record).map((k) => [k, 1])), w: {} });
  let seq = 0;
  const now = new Date().toISOString();
  sqlite.transaction(() => {
    for (const s of seekers) upsert.run({ id: s.id, data: JSON.stringify(s), version: 1, fieldVersions: fieldVersions(s), seq: ++seq, now });
  })();
  let round = 0;
  return {
    run(total, batch, offset) {
      round += 1;
      const batches = Math.ceil(total / batch);
      const t0 = performance.now();
      for (let b = 0; b < batches; b++) {
        const stamp = new Date().toISOString();
        sqlite.transaction(() => {
          for (let i = 0; i < batch; i++) {
            const id = seekers[(offset + b * batch + i) % seekers.length]!.id;
            const row = select.get(id) as { data: string; field_versions: string; version: number };
            const record = JSON.parse(row.data) as Record<string, unknown>;
            const versions = JSON.parse(row.field_versions) as { v: Record<string, number>; w: Record<string, string> };
            const version = row.version + 1;
            const edited = { ...record, notes: `${String(record['notes']).slice(0, 600)}（面談メモ更新 ${round}-${i}）`, version, updatedAt: stamp };
            versions.v['notes'] = version;
            upsert.run({ id, data: JSON.stringify(edited), version, fieldVersions: JSON.stringify(versions), seq: ++seq, now: stamp });
            log.run({ mutationId: crypto.randomUUID(), id, now: stamp });
          }
        })();
      }
      const ms = performance.now() - t0;
      return { mutations: batches * batch, batches, ms, perSecond: (batches * batch * 1000) / ms };
    },
    async close() {
      await opened.db.destroy();
      await opened.close?.();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
