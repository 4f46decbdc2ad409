/**
 * Check-ins, retention checks, consents, provisions and status history. Each builder makes a record
 * that passes its schema; references point at fresh ids unless the test names the records.
 */
import {
  checkInSchema,
  consentSchema,
  ledgerHoldSchema,
  provisionSchema,
  retentionCheckSchema,
  statusChangeSchema,
  type CheckIn,
  type Consent,
  type LedgerHold,
  type Provision,
  type RetentionCheck,
  type StatusChange,
} from '../../src/shared/entities';
import { meta } from '../../src/shared/demo/meta';
import { ledgerHoldId } from '../../src/shared/ids';
import { FACTORY_NOW, nextRng } from './sequence';

export function buildCheckIn(overrides: Partial<CheckIn> = {}): CheckIn {
  const rng = nextRng();
  return checkInSchema.parse({ ...meta(rng, rng.uuid(), FACTORY_NOW, '2026-05-20'), placementId: rng.uuid(), date: '2026-05-20', staffName: '工藤 美穂', note: '作業手順を覚え、表情も明るい。', ...overrides });
}

export function buildRetentionCheck(overrides: Partial<RetentionCheck> = {}): RetentionCheck {
  const rng = nextRng();
  return retentionCheckSchema.parse({ ...meta(rng, rng.uuid(), FACTORY_NOW, '2026-05-20'), placementId: rng.uuid(), milestone: '1m', date: '2026-05-20', outcome: 'employed', staffName: '千葉 健太', note: '', ...overrides });
}

export function buildConsent(overrides: Partial<Consent> = {}): Consent {
  const rng = nextRng();
  return consentSchema.parse({ ...meta(rng, rng.uuid(), FACTORY_NOW, '2026-04-10'), seekerId: rng.uuid(), date: '2026-04-10', takenBy: '中村 由美子', method: 'written', scope: 'all_hosts', companyIds: [], withdrawnOn: '', note: '', ...overrides });
}

export function buildProvision(overrides: Partial<Provision> = {}): Provision {
  const rng = nextRng();
  return provisionSchema.parse({ ...meta(rng, rng.uuid(), FACTORY_NOW, '2026-04-20'), seekerId: rng.uuid(), companyId: rng.uuid(), date: '2026-04-20', purpose: 'trial_proposal', items: ['name', 'age'], placementId: '', staffUserId: 'coordinator', ...overrides });
}

export function buildStatusChange(overrides: Partial<StatusChange> = {}): StatusChange {
  const rng = nextRng();
  return statusChangeSchema.parse({ ...meta(rng, rng.uuid(), FACTORY_NOW, '2026-04-20'), entity: 'trialPlacements', recordId: rng.uuid(), field: 'status', from: 'proposed', to: 'arranging', reopened: false, changedAt: '2026-04-20T10:00:00.000+09:00', userId: 'coordinator', ...overrides });
}

/** A deleted seeker's kept ledger line; its id follows the seeker id the test names. */
export function buildLedgerHold(overrides: Partial<LedgerHold> = {}): LedgerHold {
  const rng = nextRng();
  const seekerId = overrides.seekerId ?? rng.uuid();
  return ledgerHoldSchema.parse({ ...meta(rng, ledgerHoldId(seekerId), FACTORY_NOW, '2026-05-01'), seekerId, familyName: '佐藤', givenName: '一郎', postalCode: '070-0032', address: '旭川市2条通7丁目', birthDate: '1960-05-12', heldOn: '2026-05-01', keepUntil: '2028-05-01', ...overrides });
}
