import { beforeEach, describe, expect, it } from 'vitest';
import { buildSeeker } from '../../tests/factories';
import { deviceDbs } from '../../tests/setup/device-dbs';
import { newId } from '../shared/ids';
import type { Mutation } from '../shared/mutation';
import { discardAttention, listAttention, startResend } from './attention-repo';
import type { AttentionEntry, FieldDb } from './db';
import { bulkLoad } from './record-repo';

const refused = (mutation: Mutation, extra: Partial<AttentionEntry> = {}): AttentionEntry => ({
  mutationId: mutation.mutationId,
  mutation,
  reason: 'validation',
  details: { phone: 'errors.phone_format' },
  rejectedAt: '2026-11-25T01:00:00.000Z',
  ...extra,
});

const upsert = (recordId: string, patch: Record<string, unknown>, baseVersion: number): Mutation => ({
  mutationId: newId(),
  entity: 'seekers',
  recordId,
  op: 'upsert',
  patch,
  baseVersion,
  clientTime: '2026-11-25T00:59:00.000Z',
});

describe('the needs-attention list', () => {
  const newDb = deviceDbs('attention');
  let db: FieldDb;
  beforeEach(() => {
    db = newDb();
  });

  it('lists the newest refusal first', async () => {
    const a = refused(upsert(newId(), {}, 1), { rejectedAt: '2026-11-25T01:00:00.000Z' });
    const b = refused(upsert(newId(), {}, 1), { rejectedAt: '2026-11-25T02:00:00.000Z' });
    await db.needsAttention.bulkPut([a, b]);
    expect((await listAttention(db)).map((e) => e.mutationId)).toEqual([b.mutationId, a.mutationId]);
  });

  it('discarding a create the server never took removes the local record and its list row', async () => {
    const seeker = buildSeeker({ version: 0 });
    await bulkLoad(db, 'seekers', [seeker]);
    const entry = refused(upsert(seeker.id, { familyName: seeker.familyName }, 0));
    await db.needsAttention.put(entry);
    await discardAttention(db, entry.mutationId);
    expect(await db.seekers.get(seeker.id)).toBeUndefined();
    expect(await db.seekerRows.get(seeker.id)).toBeUndefined();
    expect(await db.needsAttention.count()).toBe(0);
  });

  it('resend puts the refused values back; discarding it restores the server values, search fields included', async () => {
    const seeker = buildSeeker({ version: 3, phone: '0166-23-4567', familyName: '北野' });
    await bulkLoad(db, 'seekers', [seeker]);
    const entry = refused(upsert(seeker.id, { phone: '090-1111-2222', familyName: '北埜' }, 3), { serverValues: { phone: '0166-23-4567', familyName: '北野' } });
    await db.needsAttention.put(entry);

    await startResend(db, entry.mutationId, '2026-11-25T03:00:00.000Z');
    expect(await db.seekers.get(seeker.id)).toMatchObject({ phone: '090-1111-2222' });
    expect((await db.seekerRows.get(seeker.id))?.familyName).toBe('北埜');
    expect((await db.needsAttention.get(entry.mutationId))?.resending).toBe(true);

    await discardAttention(db, entry.mutationId);
    expect(await db.seekers.get(seeker.id)).toMatchObject({ phone: '0166-23-4567', familyName: '北野' });
    expect((await db.seekerRows.get(seeker.id))?.familyName).toBe('北野');
  });

  it('keeps the local record while a newer edit of it waits in the outbox', async () => {
    const seeker = buildSeeker({ version: 0 });
    await bulkLoad(db, 'seekers', [seeker]);
    const entry = refused(upsert(seeker.id, { familyName: seeker.familyName }, 0));
    await db.needsAttention.put(entry);
    await db.outbox.add(upsert(seeker.id, { givenName: '遥' }, 0));
    await discardAttention(db, entry.mutationId);
    expect(await db.seekers.get(seeker.id)).toBeDefined();
  });
});
