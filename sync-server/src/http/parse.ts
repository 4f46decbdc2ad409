/** Boundary parsing (nothing unparsed passes a route): a shared schema or a 400 'invalid-request' naming the fields. */
import type { z } from 'zod';
import { issuesToDetails } from '../../../src/shared/sync-protocol';
import { HttpError } from './errors';

export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new HttpError(400, 'invalid-request', issuesToDetails(result.error.issues));
  return result.data;
}
