/**
 * Admin and audit requests, over the app's one API helper (sync/http-transport.ts apiRequest: CSRF
 * header, JSON, same-origin cookie, envelope parsing). This wrapper only gives the screens a smaller
 * error to switch on (ApiError: status, reason, field details) and a method/body signature.
 */
import type { z } from 'zod';
import type { ErrorDetails, ErrorReason } from '../shared/sync-protocol';
import { apiRequest as send } from '../sync/http-transport';
import { TransportError } from '../sync/transport';

/** 'network': no answer at all; 'bad-response': an answer without a recognisable error envelope. */
export type ApiErrorReason = ErrorReason | 'network' | 'bad-response';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly reason: ApiErrorReason | (string & {}),
    readonly details: ErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(`${status} ${reason}`, options);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PATCH';

export async function apiRequest<S extends z.ZodType>(schema: S, path: string, method: Method = 'GET', body?: unknown): Promise<z.output<S>> {
  try {
    return await send(schema, path, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  } catch (error) {
    if (!(error instanceof TransportError)) throw error;
    const f = error.failure;
    if (f.kind === 'network') throw new ApiError(0, 'network', {}, { cause: error });
    throw new ApiError(f.status, f.reason ?? (f.status >= 500 ? 'internal' : 'bad-response'), f.details ?? {}, { cause: error });
  }
}
