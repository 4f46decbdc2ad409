import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildMutation } from '../../tests/factories/sync-factories';
import { deviceDbs } from '../../tests/setup/device-dbs';
import { oldestPendingTime, unsentSummary } from './outbox-age';

const newDb = deviceDbs('age');

describe('what the device holds unsent', () => {
  it('is nothing on a fresh device', async () => {
    const db = newDb();
    expect(await oldestPendingTime(db)).toBeNull();
    expect(await unsentSummary(db)).toEqual({ unsent: 0, needsAttention: 0, oldestUnsentAt: null });
  });

  it('counts the outbox and the refused changes, and finds the oldest of both', async () => {
    const db = newDb();
    await db.outbox.bulkAdd([buildMutation({ clientTime: '2026-06-02T09:00:00.000Z' }), buildMutation({ clientTime: '2026-06-01T09:00:00.000Z' })]);
    expect(await oldestPendingTime(db)).toBe(Date.parse('2026-06-01T09:00:00.000Z'));

    const refused = buildMutation({ clientTime: '2026-05-20T09:00:00.000+09:00' });
    await db.needsAttention.add({ mutationId: refused.mutationId, mutation: refused, reason: 'validation', details: {}, rejectedAt: '2026-05-21T00:00:00.000Z' });
    expect(await unsentSummary(db)).toEqual({ unsent: 2, needsAttention: 1, oldestUnsentAt: '2026-05-20T00:00:00.000Z' });
  });
});
