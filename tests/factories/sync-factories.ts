/** Builders for sync tests: valid records and mutations with sensible defaults. */
import type { Mutation } from '../../src/shared/mutation';
import { PROTOCOL_VERSION, type PushRequest } from '../../src/shared/sync-protocol';

export const CLIENT_TIME = '2025-04-01T09:00:00.000Z';

export function buildSchoolFields(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '旭川東高校',
    nameKana: 'アサヒカワヒガシ',
    town: 'asahikawa',
    teacherInCharge: '佐藤',
    phone: '',
    ...overrides,
  };
}

export function buildMutation(overrides: Partial<Mutation> = {}): Mutation {
  return {
    mutationId: crypto.randomUUID(),
    entity: 'schools',
    recordId: crypto.randomUUID(),
    op: 'upsert',
    patch: buildSchoolFields(),
    baseVersion: 0,
    clientTime: CLIENT_TIME,
    ...overrides,
  };
}

export function buildPush(mutations: Mutation[], overrides: Partial<PushRequest> = {}): PushRequest {
  return { protocolVersion: PROTOCOL_VERSION, clientId: 'device-a', userId: 'user-1', mutations, ...overrides };
}

export const pullQuery = (cursor = '', extra: Record<string, string | number> = {}) => ({
  protocolVersion: PROTOCOL_VERSION,
  clientId: 'device-a',
  userId: 'user-1',
  cursor,
  ...extra,
});
