/** Sync metadata for demo records: never synced yet (version 0), alive, stamped on the given dates. */
import type { RecordMeta } from '../fields';
import { maxDate, minDate, officeTime } from './dates';
import type { Rng } from './rng';

/** Opening day of the トライアルワークセンター: nothing in the programme predates it. */
export const PROGRAMME_START = '2020-09-01';
/** The pilot served seniors only; from this date every age could register. */
export const ALL_AGES_FROM = '2021-04-01';

/**
 * Created on `created`, last touched on `updated` (default: the same day), both clamped to `now`
 * so no record claims to have been written in the future.
 */
export function meta(rng: Rng, id: string, now: string, created: string, updated = created): RecordMeta {
  const createdDay = minDate(created, now);
  const createdAt = officeTime(rng, createdDay);
  const updatedDay = minDate(maxDate(updated, createdDay), now);
  const candidate = officeTime(rng, updatedDay);
  return { id, createdAt, updatedAt: candidate < createdAt ? createdAt : candidate, version: 0, deleted: false };
}
