import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateDemoData } from '../../src/shared/demo-data';
import { seedIfEmpty } from '../../sync-server/src/services/seed-service';
import { createSyncService } from '../../sync-server/src/services/sync-service';
import { createSqlStore } from '../../sync-server/src/store/sql-store';
import { SeekerEditor, serviceThroughput } from './server-side';

const seekers = generateDemoData({ seekers: 10000, notesLength: [200, 800], companies: 0, schools: 0, trialPlacements: 0, counsellingPerSeeker: [0, 0] }).seekers;
const dir = mkdtempSync(path.join(tmpdir(), 'prof-'));
const store = await createSqlStore({ sqliteFile: path.join(dir, 's.sqlite') });
await seedIfEmpty(store, { seekers }, '2026-06-01T09:00:00.000+09:00');
const service = createSyncService({ store });
const editor = new SeekerEditor(seekers, 'x');
for (let i = 0; i < 3; i++) console.log(await serviceThroughput(service, editor, 10000, 500));
await store.close();
