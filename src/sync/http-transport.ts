/**
 * The sync transport over HTTP (fetch). Every request carries the protocol version, the device id
 * and the user id (headers in sync-protocol.ts). Answers are parsed with the shared schemas: the envelope and
 * each record's meta only. Pulled records are not run through their entity schema again: the server
 * validated them on write, and per-record parsing would dominate the initial sync (docs/benchmarks.md).
 * Every failure becomes a TransportError whose PushFailure feeds classifyPushFailure. The user id
 * is informational only: the server decides scope from the session cookie (sync-protocol.ts).
 */
import type { z } from 'zod';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE } from '../shared/auth-protocol';
import type { Mutation } from '../shared/mutation';
import {
  conflictListResponseSchema,
  deviceReportResponseSchema,
  errorEnvelopeSchema,
  PROTOCOL_VERSION,
  pullResponseSchema,
  pushResponseSchema,
  resolveConflictResponseSchema,
  snapshotResponseSchema,
} from '../shared/sync-protocol';
import type { PushFailure } from './core/push-failure';
import { TransportError, type SyncTransport } from './transport';

export type HttpTransportOptions = {
  baseUrl?: string;
  clientId: string;
  userId: string;
  fetchImpl?: typeof fetch;
  /**
   * A request (answer and body) that takes longer is given up as a network failure and retried
   * with backoff. On a weak mobile link a dead connection can hang for minutes; a push that never
   * settles would stall the outbox and hold back an app update (which waits for pushes). Retrying is
   * safe: the server applies each mutation once. Generous, since a snapshot page on 3G is slow.
   */
  requestTimeoutMs?: number;
};

export function createHttpTransport({ baseUrl = '', clientId, userId, fetchImpl = fetch, requestTimeoutMs = 90_000 }: HttpTransportOptions): SyncTransport {
  const ids = { protocolVersion: PROTOCOL_VERSION, clientId, userId };
  const url = (path: string, query?: Record<string, string | number>) => {
    const params = query ? `?${new URLSearchParams(Object.entries({ ...ids, ...query }).map(([k, v]) => [k, String(v)]))}` : '';
    return `${baseUrl}/api/sync${path}${params}`;
  };
  const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });
  const page = (cursor: string, limit: number | undefined) => ({ cursor, ...(limit === undefined ? {} : { limit }) });
  const call = <S extends z.ZodType>(schema: S, input: string, init?: RequestInit) =>
    apiRequest(schema, input, { ...init, signal: AbortSignal.timeout(requestTimeoutMs) }, fetchImpl);

  return {
    // slimAcks: records that are exactly this device's edit come back as meta only (sync-protocol.ts).
    push: (mutations: readonly Mutation[]) => call(pushResponseSchema, url('/push'), post({ ...ids, slimAcks: true, mutations })),
    pull: (cursor, limit) => call(pullResponseSchema, url('/pull', page(cursor, limit))),
    snapshot: (cursor, limit) => call(snapshotResponseSchema, url('/snapshot', page(cursor, limit))),
    openConflicts: async () => (await call(conflictListResponseSchema, url('/conflicts', {}))).conflicts,
    resolveConflict: async (id) => (await call(resolveConflictResponseSchema, url(`/conflicts/${encodeURIComponent(id)}/resolve`), post(ids))).conflict,
    reportDevice: async (summary) => {
      await call(deviceReportResponseSchema, url('/device-report'), post({ ...ids, ...summary }));
    },
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * The app's one way to call its API (sync, auth, admin). A state-changing request carries the
 * CSRF header and a JSON content type (auth-protocol.ts); the session cookie goes along because
 * the API is same-origin. Any non-2xx answer becomes a TransportError with the envelope's reason,
 * so callers `switch` on `error.failure.reason` (401 unauthenticated, 403 device-revoked, 429 with
 * retryAfterMs...) instead of parsing messages.
 */
export async function apiRequest<S extends z.ZodType>(schema: S, input: string, init: RequestInit = {}, fetchImpl: typeof fetch = fetch): Promise<z.output<S>> {
  const headers = new Headers(init.headers);
  if (!SAFE_METHODS.has((init.method ?? 'GET').toUpperCase())) {
    headers.set(CLIENT_HEADER, CLIENT_HEADER_VALUE);
    if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  }
  let response: Response;
  try {
    // no-store: a cached API answer would lie about what the server has.
    response = await fetchImpl(input, { cache: 'no-store', credentials: 'same-origin', ...init, headers });
  } catch (error) {
    throw new TransportError({ kind: 'network' }, { cause: error });
  }
  if (!response.ok) throw new TransportError(await failureOf(response));
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    // A cut mid-body or an HTML page from a captive portal: the network's fault, retry later.
    throw new TransportError({ kind: 'network' }, { cause: error });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new TransportError({ kind: 'http', status: 502, reason: 'internal' }, { cause: parsed.error });
  return parsed.data;
}

/** Reads the error envelope if there is one; a proxy's HTML error page still maps by status. */
async function failureOf(response: Response): Promise<PushFailure> {
  const retryAfter = Number(response.headers.get('Retry-After'));
  const base: PushFailure = {
    kind: 'http',
    status: response.status,
    ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}),
  };
  try {
    const envelope = errorEnvelopeSchema.safeParse(await response.json());
    if (envelope.success) return { ...base, reason: envelope.data.reason, details: envelope.data.details };
  } catch {
    // not JSON: the status says enough
  }
  return base;
}
