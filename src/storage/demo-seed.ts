/**
 * Demo data on a new device, so the app opens with something to see before any sync. The generator is
 * deterministic (same seed → same ids), so when the sync server later sends its copy of the same demo
 * data, the records land on themselves instead of doubling. Nothing goes to the outbox: these are not
 * user edits.
 */
import { generateDemoData } from '../shared/demo-data';
import { ENTITY_NAMES } from '../shared/entities';
import type { FieldDb } from './db';
import { bulkLoad } from './record-repo';

const SEEDED_KEY = 'demo-seed';

export async function ensureDemoData(db: FieldDb, seed = 1, now = new Date().toISOString()): Promise<boolean> {
  const tables = [db.meta, ...ENTITY_NAMES.map((e) => db.table(e))];
  return db.transaction('rw', tables, async () => {
    if (await db.meta.get(SEEDED_KEY)) return false;
    const data = generateDemoData({ seed, now });
    for (const entity of ENTITY_NAMES) await bulkLoad(db, entity, data[entity]);
    await db.meta.put({ key: SEEDED_KEY, value: { seed, at: now } });
    return true;
  });
}
