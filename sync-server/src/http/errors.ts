/**
 * One error envelope for every failure: { status: 'error', reason, details } with an honest status
 * (clients switch on `reason`). Routes throw HttpError; body-parser failures and bugs map here, last in the chain.
 * A 5xx is logged by name and stack only: a database error's message can quote the values it choked
 * on, and those may be personal data (no personal data in server logs, APPI).
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ErrorDetails, ErrorEnvelope, ErrorReason } from '../../../src/shared/sync-protocol';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly reason: ErrorReason,
    readonly details: ErrorDetails = {},
    /** Extra response headers, e.g. Retry-After on 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(reason);
  }
}

export const notFound: RequestHandler = (_req, _res, next) => next(new HttpError(404, 'not-found'));

export function createErrorHandler(log: (message: string, error: unknown) => void = console.error): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    const error = toHttpError(err);
    if (error.status >= 500) log('sync-server: unexpected error', redact(err));
    const body: ErrorEnvelope = { status: 'error', reason: error.reason, details: error.details };
    res.status(error.status).set(error.headers).json(body);
  };
}

function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  // body-parser marks its errors with `type` and a 4xx `status` (http-errors).
  const { type, status } = (err ?? {}) as { type?: unknown; status?: unknown };
  if (type === 'entity.too.large') return new HttpError(413, 'payload-too-large');
  if (type === 'entity.parse.failed') return new HttpError(400, 'invalid-json');
  if (typeof type === 'string' && typeof status === 'number' && status >= 400 && status < 500) {
    // charset.unsupported, encoding.unsupported (415); request.aborted, request.size.invalid (400).
    return status === 415 ? new HttpError(415, 'unsupported-media-type', { _: type }) : new HttpError(400, 'invalid-request', { _: type });
  }
  return new HttpError(500, 'internal');
}

function redact(err: unknown): string {
  if (!(err instanceof Error)) return typeof err;
  const frames = (err.stack ?? '').split('\n').slice(1).join('\n');
  const code = (err as { code?: unknown }).code;
  return `${err.name}${typeof code === 'string' ? ` (${code})` : ''}\n${frames}`;
}
