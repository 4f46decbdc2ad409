import { beforeEach, describe, expect, it } from 'vitest';
import { buildCompany, buildSchool, buildSeeker, buildStudent } from '../../tests/factories';
import { deviceDbs } from '../../tests/setup/device-dbs';
import { RECORD_META_KEYS } from '../shared/fields';
import { ledgerHoldId } from '../shared/ids';
import type { FieldDb } from './db';
import { bulkLoad, deleteRecord, getRecord, RuleError, saveRecord, saveRecords } from './record-repo';

type MetaKey = (typeof RECORD_META_KEYS)[number];
const fieldsOf = <T extends Record<MetaKey, unknown>>(record: T): Omit<T, MetaKey> => {
  const copy: Partial<T> = { ...record };
  for (const key of RECORD_META_KEYS) delete copy[key];
  return copy as Omit<T, MetaKey>;
};

describe('record repository', () => {
  const newDb = deviceDbs('test');
  let db: FieldDb;
  beforeEach(() => {
    db = newDb();
  });

  it('writes a new record and one outbox mutation carrying every field', async () => {
    const saved = await saveRecord(db, 'seekers', fieldsOf(buildSeeker()));
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ entity: 'seekers', recordId: saved.id, op: 'upsert', baseVersion: 0 });
    expect(outbox[0]!.patch).toMatchObject({ familyName: saved.familyName, phone: saved.phone });
    expect(await getRecord(db, 'seekers', saved.id)).toEqual(saved);
  });

  it('stores readings typed in hiragana as katakana and indexes the folded reading', async () => {
    const saved = await saveRecord(db, 'seekers', fieldsOf(buildSeeker({ familyNameKana: 'やまだ', givenNameKana: 'はなこ' })));
    expect(saved.familyNameKana).toBe('ヤマダ');
    // The folded reading is indexed on the seeker's list row (seeker-rows.ts).
    expect((await db.seekerRows.get(saved.id))?.reading).toBe('ヤマダハナコ');
  });

  it('puts only the changed fields in the outbox on an edit, based on the version it started from', async () => {
    const created = await saveRecord(db, 'seekers', fieldsOf(buildSeeker()));
    await db.seekers.update(created.id, { version: 7 });
    await saveRecord(db, 'seekers', { ...fieldsOf(created), phone: '090-9999-0000' }, created.id);
    const last = (await db.outbox.toArray()).at(-1)!;
    expect(last.patch).toEqual({ phone: '090-9999-0000' });
    expect(last.baseVersion).toBe(7);
  });

  it('writes nothing when an edit changes nothing', async () => {
    const created = await saveRecord(db, 'companies', fieldsOf(buildCompany()));
    await saveRecord(db, 'companies', fieldsOf(created), created.id);
    expect(await db.outbox.count()).toBe(1);
  });

  it('rejects an invalid record and leaves both the table and the outbox untouched', async () => {
    await expect(saveRecord(db, 'seekers', { ...fieldsOf(buildSeeker()), phone: '12-34' })).rejects.toThrow();
    expect(await db.seekers.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('deletes as a tombstone that travels through the outbox and hides the record', async () => {
    const created = await saveRecord(db, 'seekers', fieldsOf(buildSeeker()));
    await deleteRecord(db, 'seekers', created.id);
    expect(await getRecord(db, 'seekers', created.id)).toBeUndefined();
    expect((await db.seekers.get(created.id))?.deleted).toBe(true);
    expect((await db.outbox.toArray()).at(-1)).toMatchObject({ op: 'delete', patch: { deleted: true } });
  });

  it("keeps a deleted seeker's 求職管理簿 items in a ledger hold on an admin's device, without an outbox entry", async () => {
    const admin = { userId: 'admin-1', role: 'admin' as const, schoolId: null };
    const created = await saveRecord(db, 'seekers', fieldsOf(buildSeeker({ birthDate: '1958-10-02' })));
    await deleteRecord(db, 'seekers', created.id, new Date('2026-12-05T01:00:00.000Z'), admin);
    const hold = await db.ledgerHolds.get(ledgerHoldId(created.id));
    expect(hold).toMatchObject({ seekerId: created.id, familyName: created.familyName, givenName: created.givenName, address: created.address, birthDate: '1958-10-02', heldOn: '2026-12-05', keepUntil: '2028-12-05' });
    expect(hold).not.toHaveProperty('phone');
    expect((await db.outbox.toArray()).some((m) => m.entity === 'ledgerHolds')).toBe(false);
    expect(await db.seekers.get(created.id)).toMatchObject({ deleted: true, familyName: '', address: '' });
  });

  it('writes no ledger hold on a coordinator’s device: that role never receives one', async () => {
    const created = await saveRecord(db, 'seekers', fieldsOf(buildSeeker()));
    await deleteRecord(db, 'seekers', created.id, new Date(), { userId: 'c-1', role: 'coordinator', schoolId: null });
    expect(await db.ledgerHolds.count()).toBe(0);
  });

  it('refuses to edit a record that was deleted', async () => {
    const created = await saveRecord(db, 'seekers', fieldsOf(buildSeeker()));
    await deleteRecord(db, 'seekers', created.id);
    await expect(saveRecord(db, 'seekers', fieldsOf(created), created.id)).rejects.toThrow('not-found');
  });

  describe('saveRecords (one transaction for a batch)', () => {
    const school = buildSchool();
    const studentOf = (overrides: Parameters<typeof buildStudent>[0] = {}) => ({ entity: 'students' as const, fields: fieldsOf(buildStudent({ schoolId: school.id, kind: 'high_school', grade: 2, ...overrides })) });

    it('stores every record with an outbox mutation of its own', async () => {
      await bulkLoad(db, 'schools', [school]);
      const saved = await saveRecords(db, [studentOf(), studentOf(), studentOf()]);
      expect(saved).toHaveLength(3);
      expect(await db.students.count()).toBe(3);
      expect((await db.outbox.toArray()).map((m) => m.recordId).sort()).toEqual(saved.map((s) => s.id).sort());
    });

    it('stores nothing when a rule refuses one write of the batch, even after others were written', async () => {
      await bulkLoad(db, 'schools', [school]);
      const error = await saveRecords(db, [studentOf(), studentOf(), studentOf({ schoolId: crypto.randomUUID() })]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RuleError);
      expect(await db.students.count()).toBe(0);
      expect(await db.outbox.count()).toBe(0);
    });

    it('stores nothing when one record fails its schema', async () => {
      await bulkLoad(db, 'schools', [school]);
      const fifthYear = studentOf();
      await expect(saveRecords(db, [studentOf(), { ...fifthYear, fields: { ...fifthYear.fields, grade: 5 } }])).rejects.toThrow();
      expect(await db.students.count()).toBe(0);
      expect(await db.outbox.count()).toBe(0);
    });
  });
});
