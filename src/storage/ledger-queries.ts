/**
 * The records the placement ledgers are built from (src/domain/placement-ledgers.ts), read once:
 * tombstones included, because a deleted seeker keeps a 求職管理簿 line (from its ledger hold, which
 * only an admin's device holds). The ledgers are an admin's occasional screen, so whole tables are read
 * rather than indexed ranges; the domain picks the fiscal year.
 */
import type { LedgerInput } from '../domain/placement-ledgers';
import type { FieldDb } from './db';

export async function ledgerInput(db: FieldDb): Promise<LedgerInput> {
  const [openings, companies, seekers, trialPlacements, provisions, successFees, retentionChecks, ledgerHolds] = await Promise.all([
    db.openings.toArray(),
    db.companies.toArray(),
    db.seekers.toArray(),
    db.trialPlacements.toArray(),
    db.provisions.toArray(),
    db.successFees.toArray(),
    db.retentionChecks.toArray(),
    db.ledgerHolds.toArray(),
  ]);
  return { openings, companies, seekers, trialPlacements, provisions, successFees, retentionChecks, ledgerHolds };
}
