import { describe, expect, it } from 'vitest';
import { classifyPushFailure, mutationIndexesFromDetails, settlePushResponse, type PushFailure, type PushFailureAction } from './push-failure';

describe('classifyPushFailure', () => {
  it.each<[string, PushFailure, number, PushFailureAction]>([
    ['retries when the network is down', { kind: 'network' }, 5, { action: 'retry' }],
    ['retries a 500', { kind: 'http', status: 500, reason: 'internal' }, 5, { action: 'retry' }],
    ['retries a 503 honouring Retry-After', { kind: 'http', status: 503, retryAfterMs: 30_000 }, 5, { action: 'retry', retryAfterMs: 30_000 }],
    ['retries a 429', { kind: 'http', status: 429 }, 5, { action: 'retry' }],
    ['retries a 408 timeout', { kind: 'http', status: 408 }, 5, { action: 'retry' }],
    ['asks for an app update on 426', { kind: 'http', status: 426, reason: 'protocol-too-old' }, 5, { action: 'update-app' }],
    ['resets on 409 reset-required', { kind: 'http', status: 409, reason: 'reset-required' }, 5, { action: 'reset' }],
    ['splits a batch that is too large', { kind: 'http', status: 413, reason: 'payload-too-large' }, 5, { action: 'split' }],
    ['sets aside a single mutation that is too large', { kind: 'http', status: 413 }, 1, { action: 'set-aside', mutationIndexes: [0] }],
    [
      'sets aside only the mutations a 400 points at',
      { kind: 'http', status: 400, reason: 'invalid-request', details: { 'mutations.3.recordId': 'invalid_id', 'mutations.1': 'x' } },
      5,
      { action: 'set-aside', mutationIndexes: [1, 3] },
    ],
    ['splits on a 400 that names no mutation', { kind: 'http', status: 400, reason: 'invalid-request', details: { userId: 'invalid_id' } }, 4, { action: 'split' }],
    ['sets aside a lone mutation the server refuses without detail', { kind: 'http', status: 422 }, 1, { action: 'set-aside', mutationIndexes: [0] }],
    ['retries an auth failure rather than blaming the mutation', { kind: 'http', status: 401 }, 3, { action: 'retry' }],
  ])('%s', (_label, failure, size, expected) => {
    expect(classifyPushFailure(failure, size)).toEqual(expected);
  });
});

describe('mutationIndexesFromDetails', () => {
  it('ignores paths outside the batch and non-mutation paths', () => {
    expect(mutationIndexesFromDetails({ 'mutations.9.patch': 'x', 'mutations.2': 'y', mutationsX: 'z' }, 5)).toEqual([2]);
  });
});

describe('settlePushResponse', () => {
  it('acks applied and rejected mutations, sets the rejected aside, keeps the unanswered', () => {
    const r = settlePushResponse(['a', 'b', 'c'], { applied: ['a'], rejected: [{ mutationId: 'b', reason: 'validation', details: { name: 'required' } }] });
    expect(r).toEqual({ acked: ['a', 'b'], setAside: [{ mutationId: 'b', reason: 'validation', details: { name: 'required' } }], unanswered: ['c'] });
  });
});
