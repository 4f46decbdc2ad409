import { describe, expect, it } from 'vitest';
import { createHttpTransport } from './http-transport';
import { TransportError, toSyncError } from './transport';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const transport = (answer: () => Promise<Response>, seen: string[] = []) =>
  createHttpTransport({
    baseUrl: 'http://sync.test',
    clientId: 'device-1',
    userId: 'demo-coordinator',
    fetchImpl: async (input) => {
      seen.push(String(input));
      return answer();
    },
  });

describe('HTTP transport', () => {
  it('sends the protocol version and ids with a pull and parses the page', async () => {
    const seen: string[] = [];
    const page = await transport(async () => json(200, { status: 'ok', changes: [], conflicts: [], cursor: 'e1:5', hasMore: false }), seen).pull('e1:3', 100);
    expect(page.cursor).toBe('e1:5');
    expect(seen[0]).toBe('http://sync.test/api/sync/pull?protocolVersion=1&clientId=device-1&userId=demo-coordinator&cursor=e1%3A3&limit=100');
  });

  it('maps a failed fetch to a network failure', async () => {
    const error = await transport(async () => Promise.reject(new TypeError('Failed to fetch'))).push([]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).failure).toEqual({ kind: 'network' });
  });

  it('gives up a request that hangs as a network failure, so the loop backs off and retries', async () => {
    const hanging = createHttpTransport({
      clientId: 'device-1',
      userId: 'demo-coordinator',
      requestTimeoutMs: 20,
      fetchImpl: (_input, init) =>
        new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error))),
    });
    const error = await hanging.push([]).catch((e: unknown) => e);
    expect((error as TransportError).failure).toEqual({ kind: 'network' });
    expect(toSyncError(error).code).toBe('network');
  });

  it('gives up a body that stops arriving mid-way', async () => {
    const stalled = createHttpTransport({
      clientId: 'device-1',
      userId: 'demo-coordinator',
      requestTimeoutMs: 20,
      fetchImpl: async (_input, init) => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"status":"ok","changes":['));
            init?.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
          },
        });
        return new Response(body, { status: 200 });
      },
    });
    const error = await stalled.pull('').catch((e: unknown) => e);
    expect((error as TransportError).failure).toEqual({ kind: 'network' });
  });

  it('maps an error envelope to an http failure with its reason, details and Retry-After', async () => {
    const error = (await transport(async () => json(503, { status: 'error', reason: 'internal', details: {} }, { 'Retry-After': '7' }))
      .push([])
      .catch((e: unknown) => e)) as TransportError;
    expect(error.failure).toEqual({ kind: 'http', status: 503, reason: 'internal', details: {}, retryAfterMs: 7000 });
  });

  it('turns a 409 reset-required into the reset code the engine acts on', async () => {
    const error = await transport(async () => json(409, { status: 'error', reason: 'reset-required', details: {} })).pull('x:1').catch((e: unknown) => e);
    expect(toSyncError(error).code).toBe('reset-required');
  });

  it('treats a 200 answer that breaks the protocol as a server failure, not as data', async () => {
    const error = (await transport(async () => json(200, { status: 'ok', changes: 'nope' })).pull('').catch((e: unknown) => e)) as TransportError;
    expect(error.failure).toMatchObject({ kind: 'http', status: 502 });
  });
});
