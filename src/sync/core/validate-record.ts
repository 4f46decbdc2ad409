/**
 * Checks a merged record against its entity schema (ENTITY_SCHEMAS), the same schema the forms and
 * Dexie use, so the server can never store what a device would refuse. Returns the parsed output
 * (normalised kana, phone digits, defaults) or a reason with field -> i18n error key details.
 */
import { ENTITY_SCHEMAS, type EntityName } from '../../shared/entities';
import { issuesToDetails, type RejectReason } from '../../shared/sync-protocol';
import { isMetaKey, type PlainRecord } from './record-values';

export type Validated =
  | { ok: true; record: PlainRecord }
  | { ok: false; reason: RejectReason; details: Record<string, string> };

export function validateRecord(entity: EntityName, candidate: PlainRecord, patchedFields: readonly string[]): Validated {
  const schema = ENTITY_SCHEMAS[entity];
  // A patch naming a field the entity lacks is a client bug; zod would silently strip it.
  const unknown = patchedFields.filter((f) => !isMetaKey(f) && !(f in schema.shape));
  if (unknown.length > 0) {
    return { ok: false, reason: 'unknown-field', details: Object.fromEntries(unknown.map((f) => [f, 'unknown_field'])) };
  }
  const parsed = schema.safeParse(candidate);
  if (!parsed.success) return { ok: false, reason: 'validation', details: issuesToDetails(parsed.error.issues) };
  return { ok: true, record: parsed.data as PlainRecord };
}
