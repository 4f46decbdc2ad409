/**
 * Puts the server's field errors (`details`: field path → i18n error key) next to the form fields, so a
 * rule only the server knows (a login id already taken) reads like any other validation message.
 */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../../lib/api-request';

/** Returns true when at least one detail matched a field of the form. */
export function applyServerFieldErrors<T extends FieldValues>(error: unknown, fields: readonly Path<T>[], setError: UseFormSetError<T>): boolean {
  let matched = false;
  if (error instanceof ApiError && error.reason === 'login-taken' && fields.includes('loginId' as Path<T>)) {
    setError('loginId' as Path<T>, { type: 'server', message: 'login_taken' });
    return true;
  }
  if (!(error instanceof ApiError)) return false;
  for (const [path, message] of Object.entries(error.details)) {
    const field = fields.find((f) => f === path);
    if (field) {
      setError(field, { type: 'server', message });
      matched = true;
    }
  }
  return matched;
}
