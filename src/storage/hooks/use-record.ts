/**
 * One synced record, live: a change made in another tab or pulled by sync shows up without a refresh.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { EntityName, EntityRecord } from '../../shared/entities';
import { db } from '../db';
import { getRecord } from '../record-repo';

/** undefined while loading, null when there is no such (live) record. */
export function useRecord<E extends EntityName>(entity: E, id: string | undefined): EntityRecord<E> | null | undefined {
  return useLiveQuery(async () => (id ? ((await getRecord(db, entity, id)) ?? null) : null), [entity, id]);
}
