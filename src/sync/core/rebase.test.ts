import { describe, expect, it } from 'vitest';
import type { Mutation } from '../../shared/mutation';
import { applyLocalMutation, pendingByRecord, rebaseRecord, type LocalRecord } from './rebase';

const ID = '22222222-2222-4222-8222-222222222222';
const T = '2025-04-01T09:00:00.000Z';
const m = (op: 'upsert' | 'delete', patch: Record<string, unknown>, id = ID): Mutation => ({
  mutationId: crypto.randomUUID(),
  entity: 'seekers',
  recordId: id,
  op,
  patch,
  baseVersion: 3,
  clientTime: T,
});
const server = (over: Partial<LocalRecord> = {}): LocalRecord => ({ id: ID, version: 4, deleted: false, notes: 'server', phone: '0166', town: 'biei', ...over });

describe('rebaseRecord', () => {
  it.each<[string, LocalRecord | undefined, LocalRecord, Mutation[], Partial<LocalRecord>]>([
    ['takes the server record when nothing is pending', undefined, server(), [], { notes: 'server', version: 4 }],
    ['keeps a pending field on top of the pulled value', undefined, server(), [m('upsert', { notes: 'mine' })], { notes: 'mine', phone: '0166' }],
    ['takes server changes to fields that are not pending', undefined, server({ phone: '0999' }), [m('upsert', { notes: 'mine' })], { notes: 'mine', phone: '0999' }],
    ['re-applies pending edits in outbox order', undefined, server(), [m('upsert', { notes: 'a' }), m('upsert', { notes: 'b', town: 'pippu' })], { notes: 'b', town: 'pippu' }],
    ['keeps a pending delete as a local tombstone', undefined, server(), [m('delete', {})], { deleted: true }],
    ['keeps a server tombstone even under a pending edit', undefined, server({ deleted: true }), [m('upsert', { notes: 'x' })], { deleted: true, notes: 'x' }],
    ['ignores a server copy older than the one already applied', server({ version: 6, notes: 'newer' }), server({ version: 5 }), [], { version: 6, notes: 'newer' }],
    ['tracks the server version as the next base version', server({ version: 2 }), server({ version: 4 }), [m('upsert', { notes: 'mine' })], { version: 4 }],
  ])('%s', (_label, local, srv, pending, expected) => {
    expect(rebaseRecord({ local, server: srv, pending })).toMatchObject(expected);
  });

  it('never lets server meta be overwritten by a pending patch', () => {
    const r = rebaseRecord({ local: undefined, server: server(), pending: [m('upsert', { version: 0, id: 'x' })] });
    expect(r).toMatchObject({ id: ID, version: 4 });
  });
});

describe('applyLocalMutation', () => {
  it('creates a local record at version 0 so its first push is a create', () => {
    expect(applyLocalMutation(undefined, m('upsert', { notes: 'n' }), T)).toMatchObject({ id: ID, version: 0, deleted: false, notes: 'n' });
  });
  it('edits and deletes optimistically without touching the server version', () => {
    const edited = applyLocalMutation(server(), m('upsert', { notes: 'n' }), T);
    expect(edited).toMatchObject({ version: 4, notes: 'n' });
    expect(applyLocalMutation(edited, m('delete', {}), T)).toMatchObject({ version: 4, deleted: true });
  });
});

describe('pendingByRecord', () => {
  it('groups outbox entries by record, keeping order', () => {
    const other = '33333333-3333-4333-8333-333333333333';
    const a = m('upsert', { notes: 'a' });
    const b = m('upsert', { notes: 'b' }, other);
    const c = m('delete', {});
    const groups = pendingByRecord([a, b, c]);
    expect(groups.get(`seekers/${ID}`)).toEqual([a, c]);
    expect(groups.get(`seekers/${other}`)).toEqual([b]);
  });
});
