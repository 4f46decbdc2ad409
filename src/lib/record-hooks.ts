/**
 * The hooks every feature uses to write synced records: react-query mutations with stable keys, so
 * a screen can tell a save in flight. Reads are live queries in src/storage (storage/hooks/use-record.ts),
 * so a change made in another tab or pulled by sync shows up without a refresh.
 */
import { useMutation } from '@tanstack/react-query';
import type { EntityName, EntityRecord } from '../shared/entities';
import type { RECORD_META_KEYS } from '../shared/fields';
import type { RecordWrite } from '../storage/record-repo';
import { deleteDeviceRecord, saveDeviceRecord, saveDeviceRecords } from '../storage/record-writes';

export type EntityFields<E extends EntityName> = Omit<EntityRecord<E>, (typeof RECORD_META_KEYS)[number]>;

export function useSaveRecord<E extends EntityName>(entity: E) {
  return useMutation({
    mutationKey: [entity, 'save'],
    mutationFn: ({ fields, id }: { fields: EntityFields<E>; id?: string | undefined }) => saveDeviceRecord(entity, fields, id),
  });
}

/** Writes a batch in one transaction (an import): all of it or, when one write is refused, none. */
export function useSaveRecords() {
  return useMutation({
    mutationKey: ['records', 'save-batch'],
    mutationFn: (writes: readonly RecordWrite[]) => saveDeviceRecords(writes),
  });
}

export function useDeleteRecord(entity: EntityName) {
  return useMutation({
    mutationKey: [entity, 'delete'],
    mutationFn: (id: string) => deleteDeviceRecord(entity, id),
  });
}
