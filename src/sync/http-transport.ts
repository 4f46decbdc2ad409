/**
 * The sync transport over HTTP (fetch). Every request carries the protocol version, the device id
 * and the user id (SYNC-LESSONS §2.11). Answers are parsed with the shared schemas: the envelope and
 * each record's meta only. Pulled records are not run through their entity schema again: the server
 * validated them on write, and per-record parsing would dominate the initial sync (SYNC-LESSONS §3).
 * Every failure becomes a TransportError whose PushFailure feeds classifyPushFailure.
 */
import type { z } from 'zod';
import type { Mutation } from '../shared/mutation';
import {
  conflictListResponseSchema,
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
};

export function createHttpTransport({ baseUrl = '', clientId, userId, fetchImpl = fetch }: HttpTransportOptions): SyncTransport {
  const ids = { protocolVersion: PROTOCOL_VERSION, clientId, userId };
  const url = (path: string, query?: Record<string, string | number>) => {
    const params = query ? `?${new URLSearchParams(Object.entries({ ...ids, ...query }).map(([k, v]) => [k, String(v)]))}` : '';
    return `${baseUrl}/api/sync${path}${params}`;
  };
  const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const page = (cursor: string, limit: number | undefined) => ({ cursor, ...(limit === undefined ? {} : { limit }) });

  async function call<S extends z.ZodType>(schema: S, input: string, init?: RequestInit): Promise<z.output<S>> {
    let response: Response;
    try {
      // no-store: a cached sync answer would lie about what the server has.
      response = await fetchImpl(input, { cache: 'no-store', ...init });
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

  return {
    push: (mutations: readonly Mutation[]) => call(pushResponseSchema, url('/push'), post({ ...ids, mutations })),
    pull: (cursor, limit) => call(pullResponseSchema, url('/pull', page(cursor, limit))),
    snapshot: (cursor, limit) => call(snapshotResponseSchema, url('/snapshot', page(cursor, limit))),
    openConflicts: async () => (await call(conflictListResponseSchema, url('/conflicts', {}))).conflicts,
    resolveConflict: async (id) => (await call(resolveConflictResponseSchema, url(`/conflicts/${encodeURIComponent(id)}/resolve`), post(ids))).conflict,
  };
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
