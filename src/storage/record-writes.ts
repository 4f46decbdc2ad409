/**
 * Record writes on the device database, for the screens' save and delete (record + outbox mutation
 * in one transaction, record-repo.ts). Pulls in zod with the record schemas: not for the first screen.
 */
import type { EntityName, EntityRecord } from '../shared/entities';
import type { RECORD_META_KEYS } from '../shared/fields';
import { db } from './db';
import { deleteRecord, saveRecord, saveRecords, type RecordWrite } from './record-repo';

type Fields<E extends EntityName> = Omit<EntityRecord<E>, (typeof RECORD_META_KEYS)[number]>;

/** Creates a record (no id) or updates one (with id). Resolves to the stored record. */
export function saveDeviceRecord<E extends EntityName>(entity: E, fields: Fields<E>, id?: string): Promise<EntityRecord<E>> {
  return saveRecord(db, entity, fields, id);
}

/** Several records in one transaction: all are stored, or none (record-repo.ts saveRecords). */
export function saveDeviceRecords(writes: readonly RecordWrite[]): Promise<EntityRecord<EntityName>[]> {
  return saveRecords(db, writes);
}

/** Deletes as a tombstone, so the delete itself travels through sync. */
export function deleteDeviceRecord(entity: EntityName, id: string): Promise<void> {
  return deleteRecord(db, entity, id);
}
