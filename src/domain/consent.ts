/**
 * Consent to give a seeker's data to host companies (third-party provision). A consent covers a
 * company on a day when it was taken on or before that day, was not withdrawn by then, and names
 * either every host company of the programme or that company.
 */
import type { PlainRecord } from './rule-types';
import { str } from './rule-types';

export function consentCovers(consent: PlainRecord, companyId: string, day: string): boolean {
  const taken = str(consent, 'date');
  const withdrawn = str(consent, 'withdrawnOn');
  if (!taken || taken > day) return false;
  if (withdrawn && withdrawn <= day) return false;
  if (consent['scope'] === 'all_hosts') return true;
  return Array.isArray(consent['companyIds']) && consent['companyIds'].includes(companyId);
}

export const anyConsentCovers = (consents: readonly PlainRecord[], companyId: string, day: string) =>
  consents.some((c) => consentCovers(c, companyId, day));

/** What a consent says on a day: 'active', 'withdrawn' or 'not_yet' (dated later). */
export function consentState(consent: PlainRecord, day: string): 'active' | 'withdrawn' | 'not_yet' {
  const withdrawn = str(consent, 'withdrawnOn');
  if (withdrawn && withdrawn <= day) return 'withdrawn';
  return str(consent, 'date') > day ? 'not_yet' : 'active';
}
