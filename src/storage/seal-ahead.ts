/**
 * Starts sealing what a write of records will store, before the write (crypto/sealed-ahead.ts): the
 * records as stored and, for seekers, the list rows seeker-rows-middleware.ts derives from them in
 * the same transaction. The write then finds its blobs ready; what it stores is never changed by this.
 */
import type { EntityName } from '../shared/entities';
import type { FieldDb } from './db';
import { sealAhead } from './crypto/sealed-ahead';
import { hasListRow, SEEKER_ROWS, seekerRowOf, type SeekerLike } from './seeker-rows';

export function sealRecordsAhead(db: FieldDb, entity: EntityName, stored: readonly object[]): void {
  sealAhead(db.name, entity, stored);
  if (entity === 'seekers') sealAhead(db.name, SEEKER_ROWS, (stored as SeekerLike[]).filter(hasListRow).map(seekerRowOf));
}

/** Queued mutations (their patches are sealed). */
export function sealOutboxAhead(db: FieldDb, entries: readonly object[]): void {
  sealAhead(db.name, db.outbox.name, entries);
}
