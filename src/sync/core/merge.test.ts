import { describe, expect, it } from 'vitest';
import type { Mutation } from '../../shared/mutation';
import { mergeMutation, type StoredState } from './merge';

const ID = '11111111-1111-4111-8111-111111111111';
const T0 = '2025-04-01T09:00:00.000Z';
const NOW = '2025-04-02T09:00:00.000Z';
let n = 0;
const mid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

const school = { name: '旭川東高校', nameKana: 'アサヒカワヒガシ', town: 'asahikawa', teacherInCharge: '佐藤', phone: '' };

let device = 'dev-a';
function upsert(patch: Record<string, unknown>, baseVersion: number): Mutation {
  return { mutationId: mid(), entity: 'schools', recordId: ID, op: 'upsert', patch, baseVersion, clientTime: T0 };
}
function del(baseVersion: number): Mutation {
  return { mutationId: mid(), entity: 'schools', recordId: ID, op: 'delete', patch: {}, baseVersion, clientTime: T0 };
}
function apply(state: StoredState | undefined, m: Mutation) {
  const r = mergeMutation(state, m, NOW, device);
  if (r.kind !== 'applied') throw new Error(`rejected: ${r.reason}`);
  return { state: r.state ?? state, conflicts: r.conflicts };
}
/** v1 = created; v2 = teacher changed by another device. */
function storedAtV2(): StoredState {
  device = 'dev-a';
  const s1 = apply(undefined, upsert(school, 0)).state;
  device = 'dev-b';
  const s2 = apply(s1, upsert({ teacherInCharge: '鈴木' }, 1)).state!;
  device = 'dev-c';
  return s2;
}

describe('mergeMutation', () => {
  it('creates a record at version 1 with every field at version 1', () => {
    const { state, conflicts } = apply(undefined, upsert({ ...school, createdAt: T0 }, 0));
    expect(state?.record).toMatchObject({ ...school, id: ID, version: 1, deleted: false, createdAt: T0, updatedAt: NOW });
    expect(state?.fieldVersions).toMatchObject({ name: 1, teacherInCharge: 1, phone: 1 });
    expect(conflicts).toEqual([]);
  });

  it.each([
    ['keeps a creation time from the past (made offline, synced later)', T0, T0],
    ['clamps a creation time ahead of the server to the server time', '2025-04-03T09:00:00.000Z', NOW],
  ])('%s', (_label, createdAt, expected) => {
    expect(apply(undefined, upsert({ ...school, createdAt }, 0)).state?.record['createdAt']).toBe(expected);
  });

  it('takes the creation time from clientTime when the patch has none, clamped to the server time the same way', () => {
    expect(apply(undefined, upsert(school, 0)).state?.record['createdAt']).toBe(T0);
    const ahead = mergeMutation(undefined, { ...upsert(school, 0), clientTime: '2025-04-03T09:00:00.000Z' }, NOW, device);
    expect(ahead.kind === 'applied' && ahead.state?.record['createdAt']).toBe(NOW);
  });

  it.each([
    // [description, patch, baseVersion, expected fields, conflict fields]
    ['keeps both sides when they changed different fields', { name: '旭川西高校' }, 1, { name: '旭川西高校', teacherInCharge: '鈴木' }, []],
    ['lets the incoming write win a same-field clash and records it', { teacherInCharge: '高橋' }, 1, { teacherInCharge: '高橋' }, ['teacherInCharge']],
    ['records no conflict when both sides wrote the same value', { teacherInCharge: '鈴木' }, 1, { teacherInCharge: '鈴木' }, []],
    ['records no conflict when the edit was based on the latest version', { teacherInCharge: '高橋' }, 2, { teacherInCharge: '高橋' }, []],
    ['treats a second create of the same id as a clash on every differing field', { ...school, name: '別の高校' }, 0, { name: '別の高校', teacherInCharge: '佐藤' }, ['name', 'teacherInCharge']],
  ])('%s', (_label, patch, base, expected, conflictFields) => {
    const { state, conflicts } = apply(storedAtV2(), upsert(patch, base));
    expect(state?.record).toMatchObject(expected);
    expect(conflicts.map((c) => c.field)).toEqual(conflictFields);
  });

  it('keeps both values of a clash: the winner as serverValue and the loser', () => {
    const { conflicts } = apply(storedAtV2(), upsert({ teacherInCharge: '高橋' }, 1));
    expect(conflicts).toEqual([{ kind: 'field', field: 'teacherInCharge', winner: 'incoming', serverValue: '高橋', losingValue: '鈴木' }]);
  });

  it('normalises through the entity schema (kana, phone) before comparing', () => {
    const { state } = apply(storedAtV2(), upsert({ nameKana: 'あさひかわにし', phone: '０１６６-２２-３３４４' }, 2));
    expect(state?.record).toMatchObject({ nameKana: 'アサヒカワニシ', version: 3 });
  });

  it('does not bump the version for an edit that changes nothing', () => {
    const r = mergeMutation(storedAtV2(), upsert({ teacherInCharge: '鈴木' }, 2), NOW, 'dev-c');
    expect(r).toEqual({ kind: 'applied', state: undefined, conflicts: [] });
  });

  it.each([
    ['an invalid merged record', { town: 'sapporo' }, 2, 'validation', { town: 'required' }],
    ['a field the entity does not have', { colour: 'red' }, 2, 'unknown-field', { colour: 'unknown_field' }],
    ['an empty required field', { name: '  ' }, 2, 'validation', { name: 'required' }],
  ])('rejects %s and changes nothing', (_label, patch, base, reason, details) => {
    const r = mergeMutation(storedAtV2(), upsert(patch, base), NOW, 'dev-c');
    expect(r).toEqual({ kind: 'rejected', reason, details });
  });

  it('rejects an edit based on a server version of a record the server does not have', () => {
    expect(mergeMutation(undefined, upsert({ name: 'x' }, 3), NOW, 'dev-c')).toMatchObject({ kind: 'rejected', reason: 'not-found' });
  });

  it('rejects a create missing required fields with i18n keys', () => {
    const r = mergeMutation(undefined, upsert({ name: '高校' }, 0), NOW, 'dev-c');
    expect(r).toMatchObject({ kind: 'rejected', reason: 'validation', details: { nameKana: 'required', town: 'required' } });
  });

  it('ignores meta fields in a patch: the server owns id, version and deleted', () => {
    const { state } = apply(storedAtV2(), upsert({ version: 99, deleted: true, id: 'x', name: '新' }, 2));
    expect(state?.record).toMatchObject({ id: ID, version: 3, deleted: false, name: '新' });
  });
});

describe('delete vs edit', () => {
  it('deletes without a conflict when nothing moved since the base', () => {
    const { state, conflicts } = apply(storedAtV2(), del(2));
    expect(state?.record).toMatchObject({ deleted: true, version: 3, teacherInCharge: '鈴木' });
    expect(conflicts).toEqual([]);
  });

  it('lets a delete win over an edit it did not see, recording the edit', () => {
    const { state, conflicts } = apply(storedAtV2(), del(1));
    expect(state?.record.deleted).toBe(true);
    expect(conflicts).toEqual([
      { kind: 'delete-edit', field: '_deleted', winner: 'incoming', serverValue: true, losingValue: { teacherInCharge: '鈴木' } },
    ]);
  });

  it('keeps a tombstone when an edit arrives after the delete, recording the edit', () => {
    const deleted = apply(storedAtV2(), del(2)).state;
    const r = mergeMutation(deleted, upsert({ teacherInCharge: '高橋', name: '旭川東高校' }, 2), NOW, 'dev-c');
    expect(r).toEqual({
      kind: 'applied',
      state: undefined,
      conflicts: [{ kind: 'delete-edit', field: '_deleted', winner: 'server', serverValue: true, losingValue: { teacherInCharge: '高橋' } }],
    });
  });

  it.each([
    ['a record the server never had', undefined],
    ['a record already deleted', 'deleted'],
  ])('treats deleting %s as an applied no-op', (_label, which) => {
    const state = which ? apply(storedAtV2(), del(2)).state : undefined;
    expect(mergeMutation(state, del(0), NOW, 'dev-c')).toEqual({ kind: 'applied', state: undefined, conflicts: [] });
  });
});

it('does not count a device overwriting its own earlier edit as a clash', () => {
  const s2 = storedAtV2();
  device = 'dev-b';
  const { state, conflicts } = apply(s2, upsert({ teacherInCharge: '高橋' }, 1));
  expect(state?.record['teacherInCharge']).toBe('高橋');
  expect(conflicts).toEqual([]);
});

describe('merge order', () => {
  const by = new Map<string, string>();
  const from = (d: string, m: Mutation) => (by.set(m.mutationId, d), m);
  const a = () => from('dev-x', upsert({ name: '旭川北高校' }, 2));
  const b = () => from('dev-y', upsert({ teacherInCharge: '田中' }, 2));
  const c = () => from('dev-z', upsert({ teacherInCharge: '山田' }, 2));
  const run = (ms: Mutation[]) =>
    ms.reduce<{ state: StoredState | undefined; fields: string[] }>(
      (acc, m) => {
        device = by.get(m.mutationId) ?? 'dev-del';
        const r = apply(acc.state, m);
        return { state: r.state, fields: [...acc.fields, ...r.conflicts.map((x) => x.field)] };
      },
      { state: storedAtV2(), fields: [] },
    );

  it('gives the same record whichever order two disjoint edits arrive in', () => {
    const ab = run([a(), b()]).state!.record;
    const ba = run([b(), a()]).state!.record;
    expect(ab).toEqual(ba);
  });

  it('records the same clash whichever order two same-field edits arrive in, the later one winning', () => {
    const bc = run([b(), c()]);
    const cb = run([c(), b()]);
    expect(bc.fields).toEqual(['teacherInCharge']);
    expect(cb.fields).toEqual(bc.fields);
    expect(bc.state!.record['teacherInCharge']).toBe('山田');
    expect(cb.state!.record['teacherInCharge']).toBe('田中');
  });

  it('ends deleted whichever order a delete and an edit arrive in', () => {
    expect(run([del(2), b()]).state!.record.deleted).toBe(true);
    expect(run([b(), del(2)]).state!.record.deleted).toBe(true);
  });
});
