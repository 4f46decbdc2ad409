/**
 * Checks a merged record against its entity schema (ENTITY_SCHEMAS), the same schema the forms and
 * Dexie use, so the server can never store what a device would refuse. Returns the parsed output
 * (normalised kana, phone digits, defaults) or a reason with field -> i18n error key details.
 *
 * Parsing the whole merged record was most of the server's merge time (a seeker: ~90 µs, against
 * ~1 µs for the two fields a typical edit changes). When the caller knows the stored record already
 * is this schema's output (`conforming`: written by this server process, see sync-service.ts), the
 * result is the same if only the patched fields go through their field parsers, the meta fields
 * through theirs, and the whole record through the entity's cross-field check: an object schema
 * parses each key on its own, and parsing its output again gives the same output (validate-record.test.ts
 * holds both against the full parse). Any failure there falls back to the full parse, so a rejection
 * carries exactly the details it always did. A stored record not known to conform (from an older
 * schema, another process, the seed) is parsed whole: that is what normalises old data.
 */
import { ENTITY_SCHEMAS, recordCheckOf, type EntityName } from '../../shared/entities';
import { issuesToDetails, type RejectReason } from '../../shared/sync-protocol';
import { isMetaKey, type PlainRecord } from './record-values';

export type Validated =
  | { ok: true; record: PlainRecord }
  | { ok: false; reason: RejectReason; details: Record<string, string> };

type Schema = (typeof ENTITY_SCHEMAS)[EntityName];
type FieldParser = { safeParse(value: unknown): { success: true; data: unknown } | { success: false } };

export function validateRecord(entity: EntityName, candidate: PlainRecord, patchedFields: readonly string[], conforming?: PlainRecord): Validated {
  const schema = ENTITY_SCHEMAS[entity];
  // A patch naming a field the entity lacks is a client bug; zod would silently strip it.
  const unknown = patchedFields.filter((f) => !isMetaKey(f) && !(f in schema.shape));
  if (unknown.length > 0) {
    return { ok: false, reason: 'unknown-field', details: Object.fromEntries(unknown.map((f) => [f, 'unknown_field'])) };
  }
  const quick = conforming ? parsePatched(schema, candidate, new Set(patchedFields), conforming) : undefined;
  if (quick) return { ok: true, record: quick };
  const parsed = schema.safeParse(candidate);
  if (!parsed.success) return { ok: false, reason: 'validation', details: issuesToDetails(parsed.error.issues) };
  return { ok: true, record: parsed.data as PlainRecord };
}

/**
 * The full parse's output, built from the parts that can differ from `conforming`; undefined when
 * any part fails (the caller then runs the full parse for its details). Keys in the schema's order,
 * like a parse's output.
 */
function parsePatched(schema: Schema, candidate: PlainRecord, patched: ReadonlySet<string>, conforming: PlainRecord): PlainRecord | undefined {
  const shape = schema.shape as unknown as Record<string, FieldParser>;
  const out: PlainRecord = {};
  for (const [field, parser] of Object.entries(shape)) {
    let value: unknown;
    if (patched.has(field) || isMetaKey(field)) {
      const r = parser.safeParse(candidate[field]);
      if (!r.success) return undefined;
      value = r.data;
    } else value = conforming[field];
    if (value !== undefined) out[field] = value;
  }
  const check = recordCheckOf(schema);
  return check && !check.safeParse(out).success ? undefined : out;
}
