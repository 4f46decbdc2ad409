/**
 * Deleting a person erases their personal data everywhere it sits, in the same transaction as the
 * delete (on the device and on the server): counselling records and check-in notes go, the free text
 * of consents, placements and retention checks is blanked. The programme's statistical facts stay,
 * without the name: a placement's dates, outcome and fee, the provision records (a legal record with
 * no personal text), and on the seeker's tombstone the town, gender, registration date, status and the
 * birth month (the age group of the grant report still reconciles).
 */
import type { EntityName } from '../shared/entities';
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
