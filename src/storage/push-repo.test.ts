import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSeeker } from '../../tests/factories';
import { forgetOpenedValues } from './crypto/sealed-value';
import type { PushResponse } from '../shared/sync-protocol';
import { openFieldDb, type FieldDb, type OutboxEntry } from './db';
import { readOutboxBatch, settlePushAnswer } from './push-repo';
import { saveRecord } from './record-repo';
import { SEEKER_LIST_COPY } from './seeker-list-cache';
import { seekerRowOf } from './seeker-rows';

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

  it('leaves the list row and the list token alone when an acknowledgement moves only the meta', async () => {
    const saved = await saveRecord(db, 'seekers', seekerFields({ familyName: '受理' }));
    const sent = await readOutboxBatch(db, 10);
    const [rowBefore, tokenBefore] = [await db.seekerRows.get(saved.id), await db.listCache.get(SEEKER_LIST_COPY.written)];
    await settlePushAnswer(db, sent, answer(sent, [{ entity: 'seekers', id: saved.id, version: saved.version + 1, createdAt: AT, updatedAt: AT }]), AT);
    expect(await db.seekers.get(saved.id)).toMatchObject({ version: saved.version + 1 });
    expect(await db.seekerRows.get(saved.id)).toEqual(rowBefore);
    expect(await db.seekerRows.get(saved.id)).toEqual(seekerRowOf((await db.seekers.get(saved.id))!));
    expect(await db.listCache.get(SEEKER_LIST_COPY.written)).toEqual(tokenBefore);
  });

  it('still moves the list row and token when the server sends a record back', async () => {
    const saved = await saveRecord(db, 'seekers', seekerFields({ familyName: '受理' }));
    const sent = await readOutboxBatch(db, 10);
    const tokenBefore = await db.listCache.get(SEEKER_LIST_COPY.written);
    const merged = { ...saved, familyName: '統合', version: saved.version + 1, updatedAt: AT };
    await settlePushAnswer(db, sent, { ...answer(sent, []), records: [{ entity: 'seekers', record: merged as never }] }, AT);
    expect(await db.seekerRows.get(saved.id)).toMatchObject({ familyName: '統合' });
    expect(await db.listCache.get(SEEKER_LIST_COPY.written)).not.toEqual(tokenBefore);
  });
});

describe('leaving the outbox', () => {
  it('removes exactly the answered entries: one left unanswered in the middle stays, and so does an edit made meanwhile', async () => {
    for (const name of ['一', '二', '三']) await saveRecord(db, 'seekers', seekerFields({ familyName: name }));
    const sent = await readOutboxBatch(db, 10);
    await saveRecord(db, 'seekers', seekerFields({ familyName: '後' }));
    const [first, middle, last] = sent as [OutboxEntry, OutboxEntry, OutboxEntry];
    await settlePushAnswer(db, sent, { ...answer([first, last], []) }, AT);
    expect((await db.outbox.toArray()).map((m) => m.mutationId)).toEqual([middle.mutationId, expect.any(String)]);
  });

  it('removes a whole answered batch and keeps the edit made while it was on the wire', async () => {
    for (const name of ['一', '二', '三']) await saveRecord(db, 'seekers', seekerFields({ familyName: name }));
    const sent = await readOutboxBatch(db, 10);
    const later = await saveRecord(db, 'seekers', seekerFields({ familyName: '後' }));
    expect(await settlePushAnswer(db, sent, answer(sent, []), AT)).toEqual({ applied: 3, rejected: 0 });
    expect((await db.outbox.toArray()).map((m) => m.recordId)).toEqual([later.id]);
  });
});

const AT = '2026-12-06T00:30:00.000Z';

function seekerFields(over: Parameters<typeof buildSeeker>[0]) {
  const { id, createdAt, updatedAt, version, deleted, ...fields } = buildSeeker(over);
  void [id, createdAt, updatedAt, version, deleted];
  return fields;
}

const answer = (applied: readonly OutboxEntry[], acks: NonNullable<PushResponse['acks']>): PushResponse => ({
  status: 'ok',
  applied: applied.map((m) => m.mutationId),
  rejected: [],
  conflicts: [],
  records: [],
  acks,
});
