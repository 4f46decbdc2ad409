/**
 * Server-side per-field merge of one incoming mutation into the stored record (README.md, Decisions worth knowing).
 * Pure: time comes in as `now`; no ids are made here (the caller numbers conflicts).
 *
 * Each stored record carries `fieldVersions`: the record version at which each field last changed.
 * A field the server changed after the mutation's `baseVersion` was edited on both sides.
 *  1. Fields only one side changed: both survive (the patch touches only its own fields).
 *  2. Same field, different values: the incoming write wins (server receive order is the one
 *     deterministic order every device agrees on) and a `field` conflict keeps both values.
 *  3. Delete vs edit: the delete wins, whichever came first, because a delete is a deliberate act on
 *     the whole record and resurrecting it silently would be worse; the edit is kept in a
 *     `delete-edit` conflict so a person can restore it.
 *  4. The merged record must pass the entity schema; if not, the mutation is rejected and nothing changes.
 *     (`storedConforms`: the caller knows the stored record is this schema's output, so only what the
 *     patch changed is parsed again, validate-record.ts; the result is the same.)
 *  5. Records erased with their person (src/domain/erasure.ts) take no edit and keep no conflict
 *     values: an edit of one is refused with the rule 'erased', a delete records no losing edit.
 *  6. A restore brings a tombstone back as it was (who may restore is the domain's check, run after).
 */
import { DELETED_FIELD, type RejectReason } from '../../shared/sync-protocol';
import type { Mutation } from '../../shared/mutation';
import { isMetaKey, userFields, valuesEqual, type PlainRecord } from './record-values';
import { validateRecord } from './validate-record';
import { rulesOf } from '../../domain/registry';

export type FieldVersions = Record<string, number>;

/** What the server stores per record: the full record (meta included) and its field versions. */
/** `fieldWriters`: field -> client that last changed it; a device overwriting its own value is no clash. */
export type StoredState = {
  record: PlainRecord & { version: number; deleted: boolean };
  fieldVersions: FieldVersions;
  fieldWriters: Record<string, string>;
};

export type ConflictDraft = {
  kind: 'field' | 'delete-edit';
  field: string;
  winner: 'incoming' | 'server';
  serverValue: unknown;
  losingValue: unknown;
};

export type MergeResult =
  | { kind: 'rejected'; reason: RejectReason; details: Record<string, string> }
  /** `state` is the new stored state, or undefined when nothing changed (a no-op still counts as applied). */
  | { kind: 'applied'; state: StoredState | undefined; conflicts: ConflictDraft[] };

/** `clientId`: the device that sent the mutation (a device's own later edit never clashes with its earlier one). */
export function mergeMutation(stored: StoredState | undefined, mutation: Mutation, now: string, clientId: string, storedConforms = false): MergeResult {
  if (mutation.op === 'delete') return mergeDelete(stored, mutation, now, clientId);
  if (mutation.op === 'restore') return mergeRestore(stored, now, clientId);
  return mergeUpsert(stored, mutation, now, clientId, storedConforms);
}

const erases = (mutation: Mutation) => rulesOf(mutation.entity).delete === 'erase';

function mergeRestore(stored: StoredState | undefined, now: string, clientId: string): MergeResult {
  if (!stored || !stored.record.deleted) return { kind: 'applied', state: undefined, conflicts: [] };
  const version = stored.record.version + 1;
  return {
    kind: 'applied',
    state: {
      record: { ...stored.record, deleted: false, version, updatedAt: now },
      fieldVersions: { ...stored.fieldVersions, [DELETED_FIELD]: version },
      fieldWriters: { ...stored.fieldWriters, [DELETED_FIELD]: clientId },
    },
    conflicts: [],
  };
}

function mergeDelete(stored: StoredState | undefined, mutation: Mutation, now: string, clientId: string): MergeResult {
  // Deleting what the server never had (created and deleted offline) or already deleted: nothing to do.
  if (!stored || stored.record.deleted) return { kind: 'applied', state: undefined, conflicts: [] };
  const version = stored.record.version + 1;
  const editedSinceBase = changedSince(stored, mutation.baseVersion, clientId);
  const conflicts: ConflictDraft[] =
    Object.keys(editedSinceBase).length > 0 && !erases(mutation)
      ? [{ kind: 'delete-edit', field: DELETED_FIELD, winner: 'incoming', serverValue: true, losingValue: editedSinceBase }]
      : [];
  const record = { ...stored.record, deleted: true, version, updatedAt: now };
  const fieldVersions = { ...stored.fieldVersions, [DELETED_FIELD]: version };
  return { kind: 'applied', state: { record, fieldVersions, fieldWriters: { ...stored.fieldWriters, [DELETED_FIELD]: clientId } }, conflicts };
}

function mergeUpsert(stored: StoredState | undefined, mutation: Mutation, now: string, clientId: string, storedConforms: boolean): MergeResult {
  const patch = userFields(mutation.patch);
  if (stored?.record.deleted) {
    if (erases(mutation)) return { kind: 'rejected', reason: 'rule', details: { rule: 'erased', field: '_' } };
    return editOfDeleted(stored, patch);
  }
  if (!stored && mutation.baseVersion > 0) return { kind: 'rejected', reason: 'not-found', details: {} };

  const version = (stored?.record.version ?? 0) + 1;
  const createdAt = stored ? stored.record.createdAt : creationTime(mutation, now);
  const candidate = { ...stored?.record, ...patch, id: mutation.recordId, createdAt, updatedAt: now, version, deleted: false };
  const checked = validateRecord(mutation.entity, candidate, Object.keys(patch), storedConforms ? stored?.record : undefined);
  if (!checked.ok) return { kind: 'rejected', reason: checked.reason, details: checked.details };

  const merged = checked.record;
  const fieldVersions: FieldVersions = { ...stored?.fieldVersions };
  const fieldWriters: Record<string, string> = { ...stored?.fieldWriters };
  const conflicts: ConflictDraft[] = [];
  let changed = !stored;
  for (const [field, value] of Object.entries(merged)) {
    if (isMetaKey(field)) continue;
    const before = stored?.record[field];
    if (stored && valuesEqual(before, value)) continue;
    changed = true;
    fieldVersions[field] = version;
    fieldWriters[field] = clientId;
    // Only a field this patch set can clash; other changes are the schema normalising old data.
    const serverMovedIt =
      stored !== undefined && (stored.fieldVersions[field] ?? 0) > mutation.baseVersion && stored.fieldWriters[field] !== clientId;
    if (serverMovedIt && field in patch) {
      conflicts.push({ kind: 'field', field, winner: 'incoming', serverValue: value, losingValue: before });
    }
  }
  if (!changed) return { kind: 'applied', state: undefined, conflicts: [] };
  return { kind: 'applied', state: { record: { ...merged, version, deleted: false }, fieldVersions, fieldWriters }, conflicts };
}

/** Rule 3 from the edit's side: the tombstone stays, the edit is recorded if it would have changed anything. */
function editOfDeleted(stored: StoredState, patch: PlainRecord): MergeResult {
  const lost: PlainRecord = {};
  for (const [field, value] of Object.entries(patch)) if (!valuesEqual(stored.record[field], value)) lost[field] = value;
  const conflicts: ConflictDraft[] =
    Object.keys(lost).length > 0
      ? [{ kind: 'delete-edit', field: DELETED_FIELD, winner: 'server', serverValue: true, losingValue: lost }]
      : [];
  return { kind: 'applied', state: undefined, conflicts };
}

/** The user fields other devices changed after `baseVersion`, with their current values. */
function changedSince(stored: StoredState, baseVersion: number, clientId: string): PlainRecord {
  const out: PlainRecord = {};
  for (const [field, v] of Object.entries(stored.fieldVersions)) {
    const byOther = stored.fieldWriters[field] !== clientId;
    if (v > baseVersion && byOther && !isMetaKey(field) && field !== DELETED_FIELD) out[field] = stored.record[field];
  }
  return out;
}

/**
 * A device's own createdAt is kept on create so the record does not change under the user's eyes, but
 * never later than the server's `now` (like updatedAt): a device clock running ahead must not write a
 * creation in the future. The device's clock stays in the audit (applied_mutations.client_time), and
 * the push answer hands the device the stored value.
 */
function creationTime(mutation: Mutation, now: string): string {
  const proposed = mutation.patch['createdAt'];
  const device = typeof proposed === 'string' && !Number.isNaN(Date.parse(proposed)) ? proposed : mutation.clientTime;
  return Date.parse(device) > Date.parse(now) ? now : device;
}
