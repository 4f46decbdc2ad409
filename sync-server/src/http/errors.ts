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
  // body-parser and the router mark what the client got wrong with a 4xx `status` (http-errors), and
  // body-parser adds a `type`. Each becomes a 4xx envelope; only a 5xx or an unmarked error is ours.
  const { type, status, statusCode } = (err ?? {}) as { type?: unknown; status?: unknown; statusCode?: unknown };
  const code = typeof status === 'number' ? status : statusCode;
  if (type === 'entity.too.large') return new HttpError(413, 'payload-too-large');
  if (type === 'entity.parse.failed') return new HttpError(400, 'invalid-json');
  // A malformed %-escape in a path parameter: the router's decodeURIComponent throws a URIError.
  if (err instanceof URIError) return new HttpError(400, 'invalid-request', { _: 'malformed_path' });
  if (typeof code === 'number' && code >= 400 && code < 500) {
    // charset.unsupported, encoding.unsupported (415); request.aborted, request.size.invalid (400); a
    // gzip/deflate/br body that does not decompress has no type (body-parser passes zlib's error on).
    const why = typeof type === 'string' ? type : 'unreadable_body';
    return code === 415 ? new HttpError(415, 'unsupported-media-type', { _: why }) : new HttpError(400, 'invalid-request', { _: why });
  }
  return new HttpError(500, 'internal');
}

function redact(err: unknown): string {
  if (!(err instanceof Error)) return typeof err;
  const frames = (err.stack ?? '').split('\n').slice(1).join('\n');
  const code = (err as { code?: unknown }).code;
  return `${err.name}${typeof code === 'string' ? ` (${code})` : ''}\n${frames}`;
}
