/**
 * A deleted seeker's 求職管理簿 line (src/domain/erasure.ts, ledgerHolds), on both databases: the erasure
 * writes it in the push's transaction with the ledger's items only, admins pull it and coordinators do
 * not, and the purge erases it once its two years have passed, as a tombstone devices pull.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoData, type DemoData } from '../../../src/shared/demo-data';
import { ledgerHoldId } from '../../../src/shared/ids';
import { accessFor, type Access } from '../../../sync-server/src/services/access-policy';
import { purgeExpiredLedgerHolds } from '../../../sync-server/src/services/ledger-hold-purge';
import { seedIfEmpty } from '../../../sync-server/src/services/seed-service';
import { createSyncService, type SyncService } from '../../../sync-server/src/services/sync-service';
import type { SqlStore } from '../../../sync-server/src/store/sql-store';
import { buildMutation, buildPush } from '../../factories/sync-factories';
import { TEST_STORE_KINDS } from '../../setup/server-stores';

/** 10:00 in Japan on 5 December 2026. */
const NOW = '2026-12-05T01:00:00.000Z';
const USER = '00000000-0000-4000-8000-00000000000c';

describe.each(TEST_STORE_KINDS)('ledger holds on $name', (kind) => {
  let store: SqlStore;
  let service: SyncService;
  let data: DemoData;
  const as = (role: 'admin' | 'coordinator'): Access => accessFor({ userId: USER, clientId: 'device-c', role, schoolId: null });

  beforeEach(async () => {
    store = (await kind.create()).store;
    data = generateDemoData({ seed: 5, now: NOW, seekers: 12, companies: 6, schools: 1, studentsPerSchool: 2, trialPlacements: 4 });
    await seedIfEmpty(store, data, NOW);
    service = createSyncService({ store, clock: () => new Date(NOW) });
  });
  afterEach(async () => store.close());

  const stored = async (entity: string, id: string) => {
    const row = await store.db.selectFrom('records').select('data').where('entity', '=', entity).where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.data) as Record<string, unknown>) : undefined;
  };
  const pulledHolds = async (access: Access) => {
    const page = await store.pullPage({ afterSeq: 0, limit: 10_000, scope: access.scope, liveOnly: false });
    return page.rows.filter((r) => r.entity === 'ledgerHolds').map((r) => JSON.parse(r.data) as Record<string, unknown>);
  };
  const deleteSeeker = async () => {
    const seeker = data.seekers.find((s) => data.trialPlacements.some((p) => p.seekerId === s.id))!;
    const del = buildMutation({ entity: 'seekers', recordId: seeker.id, op: 'delete', baseVersion: 1, patch: { deleted: true } });
    const answer = await service.push(buildPush([del], { clientId: 'device-c', userId: USER }), as('coordinator'));
    expect(answer.applied).toEqual([del.mutationId]);
    return seeker;
  };

  it('keeps the ledger items of a deleted seeker, and nothing more, for two years from the day of the deletion', async () => {
    const seeker = await deleteSeeker();
    const hold = await stored('ledgerHolds', ledgerHoldId(seeker.id));
    expect(hold).toMatchObject({
      seekerId: seeker.id,
      familyName: seeker.familyName,
      givenName: seeker.givenName,
      postalCode: seeker.postalCode,
      address: seeker.address,
      birthDate: seeker.birthDate,
      heldOn: '2026-12-05',
      keepUntil: '2028-12-05',
      deleted: false,
    });
    for (const field of ['phone', 'email', 'notes', 'familyNameKana', 'givenNameKana']) expect(hold).not.toHaveProperty(field);
    expect(await stored('seekers', seeker.id)).toMatchObject({ deleted: true, familyName: '', givenName: '', address: '' });
  });

  it('gives the hold to admins and not to coordinators', async () => {
    const seeker = await deleteSeeker();
    expect((await pulledHolds(as('admin'))).map((h) => h['seekerId'])).toEqual([seeker.id]);
    expect(await pulledHolds(as('coordinator'))).toEqual([]);
  });

  it('refuses a hold pushed by a device: only the rules write it', async () => {
    const seeker = data.seekers[0]!;
    const forged = buildMutation({ entity: 'ledgerHolds', recordId: ledgerHoldId(seeker.id), baseVersion: 0, patch: { seekerId: seeker.id, familyName: '偽', heldOn: '2026-12-05', keepUntil: '2099-12-31' } });
    const answer = await service.push(buildPush([forged], { clientId: 'device-c', userId: USER }), as('admin'));
    expect(answer.applied).toEqual([]);
    expect(await stored('ledgerHolds', ledgerHoldId(seeker.id))).toBeUndefined();
  });

  it('erases the hold on the day after keepUntil, not before, as a blank tombstone with a new version', async () => {
    const seeker = await deleteSeeker();
    const id = ledgerHoldId(seeker.id);
    const before = (await stored('ledgerHolds', id))!;
    // 2028-12-05 in Japan is still within the two years.
    expect(await purgeExpiredLedgerHolds(store, () => new Date('2028-12-05T14:59:00.000Z'))).toBe(0);
    expect(await stored('ledgerHolds', id)).toEqual(before);
    expect(await purgeExpiredLedgerHolds(store, () => new Date('2028-12-05T15:00:00.000Z'))).toBe(1);
    const erased = await stored('ledgerHolds', id);
    expect(erased).toMatchObject({ deleted: true, familyName: '', givenName: '', postalCode: '', address: '', version: Number(before['version']) + 1 });
    // The birth date keeps its month only, as on the seeker's own tombstone.
    expect(erased?.['birthDate']).toBe(`${seeker.birthDate.slice(0, 7)}-01`);
    expect((await pulledHolds(as('admin')))[0]).toMatchObject({ deleted: true, familyName: '' });
    expect(await purgeExpiredLedgerHolds(store, () => new Date('2029-01-01T00:00:00.000Z'))).toBe(0);
  });
});
