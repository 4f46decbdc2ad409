import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildMutation } from '../../tests/factories/sync-factories';
import { openFieldDb, type FieldDb } from './db';
import { oldestPendingTime } from './outbox-age';
import { exportFileName, exportOutbox, importOutbox, OUTBOX_FILE_FORMAT } from './outbox-export';

let db: FieldDb;

beforeEach(async () => {
  db = openFieldDb(`outbox-export-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe('exportOutbox', () => {
  it('writes every unsent change in push order without the local sequence numbers', async () => {
    const first = buildMutation({ clientTime: '2025-04-01T09:00:00.000Z' });
    const second = buildMutation({ clientTime: '2025-04-01T10:00:00.000Z' });
    await db.outbox.bulkAdd([first, second]);

    const { json, count, fileName } = await exportOutbox(db, new Date(2025, 3, 2, 8, 5));
    const file = JSON.parse(json) as { format: string; mutations: Array<Record<string, unknown>> };

    expect(count).toBe(2);
    expect(fileName).toBe('trial-work-unsent-20250402-0805.json');
    expect(file.format).toBe(OUTBOX_FILE_FORMAT);
    expect(file.mutations).toEqual([first, second]);
    expect(file.mutations[0]).not.toHaveProperty('seq');
  });
});

describe('importOutbox', () => {
  it('queues the changes of an exported file on an empty device', async () => {
    const mutations = [buildMutation(), buildMutation()];
    await db.outbox.bulkAdd(mutations.map((m) => ({ ...m })));
    const { json } = await exportOutbox(db);
    await db.outbox.clear();

    expect(await importOutbox(db, json)).toEqual({ ok: true, added: 2, skipped: 0 });
    const queued = await db.outbox.orderBy('seq').toArray();
    expect(queued.map((m) => m.mutationId)).toEqual(mutations.map((m) => m.mutationId));
  });

  it('skips mutations that are already queued, and a mutation listed twice in the file', async () => {
    const queued = buildMutation();
    const fresh = buildMutation();
    await db.outbox.add({ ...queued });
    const file = { format: OUTBOX_FILE_FORMAT, version: 1, exportedAt: new Date().toISOString(), mutations: [queued, fresh, fresh] };

    expect(await importOutbox(db, JSON.stringify(file))).toEqual({ ok: true, added: 1, skipped: 2 });
    expect(await db.outbox.count()).toBe(2);
  });

  it('refuses text that is not JSON', async () => {
    expect(await importOutbox(db, 'not json {')).toEqual({ ok: false, reason: 'invalid-json' });
  });

  it('refuses the whole file, adding nothing, when one mutation does not match the shared schema', async () => {
    const file = {
      format: OUTBOX_FILE_FORMAT,
      version: 1,
      exportedAt: new Date().toISOString(),
      mutations: [buildMutation(), { ...buildMutation(), entity: 'no-such-table' }],
    };
    expect(await importOutbox(db, JSON.stringify(file))).toEqual({ ok: false, reason: 'invalid-format' });
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses a JSON file of another kind', async () => {
    expect(await importOutbox(db, JSON.stringify({ mutations: [] }))).toEqual({ ok: false, reason: 'invalid-format' });
  });
});

describe('oldestPendingTime', () => {
  it('is null with nothing unsent', async () => {
    expect(await oldestPendingTime(db)).toBeNull();
  });

  it('finds the oldest device time even when an older change was queued later', async () => {
    await db.outbox.bulkAdd([
      buildMutation({ clientTime: '2025-04-03T09:00:00.000Z' }),
      buildMutation({ clientTime: '2025-04-01T09:00:00+09:00' }),
    ]);
    expect(await oldestPendingTime(db)).toBe(Date.parse('2025-04-01T00:00:00.000Z'));
  });
});

describe('exportFileName', () => {
  it('pads month, day, hour and minute', () => {
    expect(exportFileName(new Date(2025, 0, 5, 7, 3))).toBe('trial-work-unsent-20250105-0703.json');
  });
});
