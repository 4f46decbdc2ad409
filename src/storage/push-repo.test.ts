import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSeeker } from '../../tests/factories';
import { forgetOpenedValues } from './crypto/sealed-value';
import { openFieldDb, type FieldDb } from './db';
import { readOutboxBatch, settlePushAnswer } from './push-repo';
import { saveRecord } from './record-repo';

let db: FieldDb;
beforeEach(async () => {
  db = openFieldDb(`push-repo-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

describe('settling a push answer', () => {
  it('moves an acknowledged record to the server version without sealing it, or its list row, again', async () => {
    const { id, createdAt, updatedAt, version, deleted, ...fields } = buildSeeker({ familyName: '受理' });
    void [createdAt, updatedAt, version, deleted];
    void id;
    const saved = await saveRecord(db, 'seekers', fields);
    const sent = await readOutboxBatch(db, 10);
    const encrypt = vi.spyOn(crypto.subtle, 'encrypt');
    const at = '2026-12-06T00:30:00.000Z';
    await settlePushAnswer(db, sent, { status: 'ok', applied: sent.map((m) => m.mutationId), rejected: [], conflicts: [], records: [], acks: [{ entity: 'seekers', id: saved.id, version: saved.version + 1, createdAt: at, updatedAt: at }] }, at);
    expect(encrypt).not.toHaveBeenCalled();
    forgetOpenedValues();
    expect(await db.seekers.get(saved.id)).toMatchObject({ familyName: '受理', version: saved.version + 1, updatedAt: at });
    expect(await db.outbox.count()).toBe(0);
  });
});
