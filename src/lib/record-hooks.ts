/**
 * The hooks every feature uses to read and write synced records. Reads are Dexie live queries, so a
 * change made in another tab or pulled by sync shows up without a refresh; writes are react-query
 * mutations with stable keys (STYLE §3.2).
 */
import { useMutation } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../storage/db';
import { deleteRecord, getRecord, saveRecord } from '../storage/record-repo';
import type { EntityName, EntityRecord } from '../shared/entities';
import type { RECORD_META_KEYS } from '../shared/fields';

export type EntityFields<E extends EntityName> = Omit<EntityRecord<E>, (typeof RECORD_META_KEYS)[number]>;

/** undefined while loading, null when there is no such (live) record. */
export function useRecord<E extends EntityName>(entity: E, id: string | undefined): EntityRecord<E> | null | undefined {
  return useLiveQuery(async () => (id ? ((await getRecord(db, entity, id)) ?? null) : null), [entity, id]);
}

export function useSaveRecord<E extends EntityName>(entity: E) {
  return useMutation({
    mutationKey: [entity, 'save'],
    mutationFn: ({ fields, id }: { fields: EntityFields<E>; id?: string | undefined }) => saveRecord(db, entity, fields, id),
  });
}

export function useDeleteRecord(entity: EntityName) {
  return useMutation({
    mutationKey: [entity, 'delete'],
    mutationFn: (id: string) => deleteRecord(db, entity, id),
  });
}

// Lives in its own module so the header can count without loading zod; re-exported for existing callers.
export { usePendingChangeCount } from './use-pending-change-count';
