/** Turns a failed server request into one sentence for the person at the screen. */
import { ApiError } from './api-request';
import type { MessageKey } from './i18n/ja';

const KNOWN: Partial<Record<string, MessageKey>> = {
  network: 'api.error.network',
  unauthenticated: 'api.error.unauthenticated',
  forbidden: 'api.error.forbidden',
  csrf: 'api.error.forbidden',
  'device-revoked': 'api.error.deviceRevoked',
  'not-found': 'api.error.notFound',
  'invalid-request': 'api.error.invalidRequest',
  'login-taken': 'api.error.loginTaken',
  'last-admin': 'api.error.lastAdmin',
};

export function apiErrorMessageKey(error: unknown): MessageKey {
  if (!(error instanceof ApiError)) return 'api.error.unknown';
  return KNOWN[error.reason] ?? 'api.error.unknown';
}
