/**
 * One error envelope for every failure: { status: 'error', reason, details } with an honest status
 * (STYLE §3.7). Routes throw HttpError; body-parser failures and bugs are mapped here, last in the chain.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ErrorDetails, ErrorEnvelope, ErrorReason } from '../../../src/shared/sync-protocol';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly reason: ErrorReason,
    readonly details: ErrorDetails = {},
  ) {
    super(reason);
  }
}

export const notFound: RequestHandler = (_req, _res, next) => next(new HttpError(404, 'not-found'));

export function createErrorHandler(log: (message: string, error: unknown) => void = console.error): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    const error = toHttpError(err);
    if (error.status >= 500) log('sync-server: unexpected error', err);
    const body: ErrorEnvelope = { status: 'error', reason: error.reason, details: error.details };
    res.status(error.status).json(body);
  };
}

function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  // body-parser marks its errors with `type` (and `status`).
  const type = (err as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') return new HttpError(413, 'payload-too-large');
  if (type === 'entity.parse.failed') return new HttpError(400, 'invalid-json');
  return new HttpError(500, 'internal');
}
