/**
 * Deleting a person erases their personal data everywhere it sits, in the same transaction as the
 * delete (on the device and on the server): counselling records and check-in notes go, the free text
 * of consents, placements and retention checks is blanked. The programme's statistical facts stay,
 * without the name: a placement's dates, outcome and fee, the provision records (a legal record with
 * no personal text), and on the seeker's tombstone the town, gender, registration date, status and the
 * birth month (the age group of the grant report still reconciles).
 * The 求職管理簿 must still name a deleted seeker for two years (職業安定法 第32条の15): the erasure writes
 * that line's personal items, and only those, to a ledger hold of its own (entities.ts, ledgerHolds),
 * which admins alone receive and the server erases once its two years have passed.
 */
import type { EntityName } from '../shared/entities';
import { ledgerHoldId } from '../shared/ids';
import { addMonths, japanDay } from './dates';
import type { DerivedWrite } from './derived-records';
import { rulesOf } from './registry';
import { str, type PlainRecord, type RecordReader } from './rule-types';

export type ErasureStep = { entity: EntityName; id: string; kind: 'erase' | 'scrub' };

/** The records a person's deletion reaches (the person's own record excluded). */
export async function erasurePlan(entity: EntityName, id: string, reader: RecordReader): Promise<ErasureStep[]> {
  if (entity !== 'seekers') return [];
  const steps: ErasureStep[] = [];
  const add = (e: EntityName, records: readonly PlainRecord[], kind: ErasureStep['kind']) => {
    for (const r of records) steps.push({ entity: e, id: str(r, 'id'), kind });
  };
  add('counsellingRecords', await reader.children('counsellingRecords', 'seekerId', id), 'erase');
  add('consents', await reader.children('consents', 'seekerId', id), 'scrub');
  const placements = await reader.children('trialPlacements', 'seekerId', id);
  add('trialPlacements', placements, 'scrub');
  for (const p of placements) {
    add('checkIns', await reader.children('checkIns', 'placementId', str(p, 'id')), 'erase');
    add('retentionChecks', await reader.children('retentionChecks', 'placementId', str(p, 'id')), 'scrub');
  }
  return steps;
}

/** The record with its personal fields blanked (a birth date keeps its month: YYYY-MM-01). */
export function withoutPersonalData(entity: EntityName, record: PlainRecord): PlainRecord {
  const out: PlainRecord = { ...record };
  for (const field of rulesOf(entity).personal) {
    const value = out[field];
    if (field === 'birthDate' && typeof value === 'string' && value.length >= 7) out[field] = `${value.slice(0, 7)}-01`;
    else if (typeof value === 'string') out[field] = '';
  }
  return out;
}

/** The personal fields of a record as a patch (what a scrub or an erase sends). */
export function personalDataPatch(entity: EntityName, record: PlainRecord): PlainRecord {
  const blank = withoutPersonalData(entity, record);
  const patch: PlainRecord = {};
  for (const field of rulesOf(entity).personal) if (blank[field] !== record[field]) patch[field] = blank[field];
  return patch;
}

/** How long a deleted seeker's 求職管理簿 line is kept: two years after the entry is completed (its deletion). */
export const LEDGER_KEEP_MONTHS = 24;

/**
 * The ledger hold a person's deletion writes: the 求職管理簿's personal items (氏名, 住所, 生年月日) of the
 * live record, kept until two years after the day of the deletion (in Japan). None for other entities.
 */
export function ledgerHoldsOf(entity: EntityName, live: PlainRecord, deletedAt: string): DerivedWrite[] {
  if (entity !== 'seekers') return [];
  const heldOn = japanDay(deletedAt);
  const seekerId = str(live, 'id');
  const fields: PlainRecord = { seekerId, heldOn, keepUntil: addMonths(heldOn, LEDGER_KEEP_MONTHS) };
  for (const field of ['familyName', 'givenName', 'postalCode', 'address', 'birthDate']) fields[field] = str(live, field);
  return [{ entity: 'ledgerHolds', id: ledgerHoldId(seekerId), fields }];
}

/** A hold whose two years have passed on `today` (the day after `keepUntil` onwards). */
export const holdExpired = (keepUntil: string, today: string): boolean => keepUntil < today;
