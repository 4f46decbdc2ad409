/**
 * The success fee list: every fee with what it is for (the placement's hire date, company and seeker).
 * A programme books some tens of hires a year, so all fees are read and filtered in memory.
 */
import { feeFiscalYear } from '../domain/fees';
import type { ProgrammeSetting, SuccessFee } from '../shared/entities';
import type { FieldDb } from './db';
import { namesOf } from './related-queries';
import { withoutSearchFields } from './search-fields';

export type FeeRow = Pick<SuccessFee, 'id' | 'placementId' | 'amount' | 'status' | 'invoicedOn' | 'paidOn' | 'note'> & {
  hiredOn: string;
  /** The fiscal year of the hire; null while the placement has no hire date. */
  fiscalYear: number | null;
  companyId: string;
  companyName: string;
  seekerId: string;
  seekerName: string;
};

/** Every live fee, newest hire first. */
export async function listFees(db: FieldDb): Promise<FeeRow[]> {
  const rows = await rowsOf(
    db,
    (await db.successFees.toArray()).filter((f) => !f.deleted),
  );
  return rows.sort((a, b) => b.hiredOn.localeCompare(a.hiredOn) || a.id.localeCompare(b.id));
}

/** One live fee as the list shows it; null when there is none. */
export async function feeRow(db: FieldDb, id: string): Promise<FeeRow | null> {
  const fee = await db.successFees.get(id);
  return fee && !fee.deleted ? ((await rowsOf(db, [fee]))[0] ?? null) : null;
}

async function rowsOf(db: FieldDb, fees: SuccessFee[]): Promise<FeeRow[]> {
  const placements = await db.trialPlacements.bulkGet(fees.map((f) => f.placementId));
  const ofFee = new Map(placements.filter((p) => p !== undefined).map((p) => [p.id, p]));
  const ids = (key: 'companyId' | 'seekerId') => [...new Set([...ofFee.values()].map((p) => p[key]))];
  const [companyNames, seekerNames] = await Promise.all([
    namesOf(db, 'companies', ids('companyId')),
    namesOf(db, 'seekers', ids('seekerId')),
  ]);
  return fees.map((f) => {
    const p = ofFee.get(f.placementId);
    const hiredOn = p?.hiredOn ?? '';
    return {
      id: f.id,
      placementId: f.placementId,
      amount: f.amount,
      status: f.status,
      invoicedOn: f.invoicedOn,
      paidOn: f.paidOn,
      note: f.note,
      hiredOn,
      fiscalYear: feeFiscalYear(hiredOn),
      companyId: p?.companyId ?? '',
      companyName: companyNames.get(p?.companyId ?? '') ?? '',
      seekerId: p?.seekerId ?? '',
      seekerName: seekerNames.get(p?.seekerId ?? '') ?? '',
    };
  });
}

/** The programme settings, latest fiscal year first. */
export async function listProgrammeSettings(db: FieldDb): Promise<ProgrammeSetting[]> {
  const rows = (await db.programmeSettings.toArray()).filter((s) => !s.deleted);
  return rows.map((s) => withoutSearchFields(s) as ProgrammeSetting).sort((a, b) => b.fiscalYear - a.fiscalYear);
}
