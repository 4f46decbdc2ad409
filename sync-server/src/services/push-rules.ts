/**
 * The domain rules inside the push transaction (src/domain): the same check the device ran before
 * saving, now on the merged record, with referenced records read from this transaction (and from the
 * batch's own earlier writes); then the records the rules write themselves: status history, provision
 * records, and the erasure of a deleted person's data with the ledger line the law keeps. Nothing here decides a rule; it only feeds the
 * domain and turns its answers into rejections and record writes.
 */
import { checkWrite } from '../../../src/domain/check-write';
import { japanDay } from '../../../src/domain/dates';
import { derivedWrites } from '../../../src/domain/derived-records';
import { erasurePlan, ledgerHoldsOf, withoutPersonalData } from '../../../src/domain/erasure';
import { rulesOf } from '../../../src/domain/registry';
import type { PlainRecord, RecordReader, RuleViolation } from '../../../src/domain/rule-types';
import { ENTITY_SCHEMAS, type EntityName } from '../../../src/shared/entities';
import type { Mutation } from '../../../src/shared/mutation';
import { DELETED_FIELD } from '../../../src/shared/sync-protocol';
import { isMetaKey, valuesEqual } from '../../../src/sync/core/record-values';
import { keyOf, type RecordKey, type RecordWrite, type StoredRecordRow, type WriteTx } from '../store/store-types';
import type { Access } from './access-policy';
import { scopeSchoolIdOf } from './scope';

/** Records as this batch sees them: the batch's own writes first, then the database. */
export class BatchRecords implements RecordReader {
  private readonly looked = new Set<string>();

  constructor(
    private readonly tx: WriteTx,
    readonly states: Map<string, StoredRecordRow>,
  ) {}

  async row(entity: EntityName, id: string): Promise<StoredRecordRow | undefined> {
    const key = keyOf(entity, id);
    if (!this.states.has(key) && !this.looked.has(key)) {
      this.looked.add(key);
      const found = (await this.tx.records([{ entity, id }])).get(key);
      if (found) this.states.set(key, found);
    }
    return this.states.get(key);
  }

  async get(entity: EntityName, id: string): Promise<PlainRecord | undefined> {
    const row = await this.row(entity, id);
    return row && !row.record.deleted ? row.record : undefined;
  }

  async children(entity: EntityName, field: string, value: string): Promise<PlainRecord[]> {
    const out = new Map<string, StoredRecordRow>();
    for (const row of await this.tx.recordsWhere(entity, field, value)) {
      const key = keyOf(entity, row.id);
      if (!this.states.has(key)) this.states.set(key, row);
      out.set(key, this.states.get(key)!);
    }
    // Written earlier in this batch and not yet in the database (or moved to this parent by it).
    for (const [key, row] of this.states) if (row.entity === entity && row.record[field] === value) out.set(key, row);
    return [...out.values()].filter((r) => !r.record.deleted && r.record[field] === value).map((r) => r.record);
  }
}

/** The domain's verdict on one merged mutation (null: every rule holds). */
export function ruleProblem(
  m: Mutation,
  current: StoredRecordRow | undefined,
  merged: PlainRecord | undefined,
  access: Access,
  reader: BatchRecords,
  now: string,
): Promise<RuleViolation | null> {
  const live = current && !current.record.deleted ? current.record : undefined;
  return checkWrite({
    entity: m.entity,
    op: m.op,
    id: m.recordId,
    before: m.op === 'restore' ? current?.record : live,
    after: m.op === 'delete' ? undefined : merged,
    actor: access.actor,
    today: japanDay(now),
    reader,
    canReference: (entity, record) => access.canReference(entity, record),
  });
}

export const ruleDetails = (v: RuleViolation): Record<string, string> => ({ ...v.params, rule: v.rule, field: v.field });

/**
 * The writes the rules add to an applied mutation: its derived records, and for a person's delete the
 * erasure of their data. `keys` collects the erased records whose conflicts must lose their values.
 */
export async function consequentWrites(input: {
  m: Mutation;
  before: StoredRecordRow | undefined;
  after: StoredRecordRow;
  access: Access;
  reader: BatchRecords;
  tx: WriteTx;
  clientId: string;
}): Promise<{ writes: RecordWrite[]; erased: RecordKey[] }> {
  const { m, before, after, access, reader, tx, clientId } = input;
  const writes: RecordWrite[] = [];
  const erased: RecordKey[] = [];
  const live = before && !before.record.deleted ? before.record : undefined;
  const derived = derivedWrites({ entity: m.entity, id: m.recordId, mutationId: m.mutationId, before: live, after: after.record.deleted ? undefined : after.record, actor: access.actor, now: tx.now });
  // A person's deletion keeps the ledger line the law requires (erasure.ts), in this same transaction.
  if (m.op === 'delete' && live && after.record.deleted) derived.push(...ledgerHoldsOf(m.entity, live, tx.now));
  for (const d of derived) {
    if (await reader.row(d.entity, d.id)) continue; // a retried push: written the first time
    const parsed = ENTITY_SCHEMAS[d.entity].safeParse({ ...d.fields, id: d.id, createdAt: tx.now, updatedAt: tx.now, version: 0, deleted: false });
    if (parsed.success) writes.push(serverWrite(tx, d.entity, undefined, parsed.data as PlainRecord, false, clientId));
  }
  if (m.op === 'delete' && rulesOf(m.entity).delete === 'erase' && after.record.deleted) {
    erased.push({ entity: m.entity, id: m.recordId });
    for (const step of await erasurePlan(m.entity, m.recordId, reader)) {
      const row = await reader.row(step.entity, step.id);
      if (!row) continue;
      erased.push({ entity: step.entity, id: step.id });
      const deleted = step.kind === 'erase' || row.record.deleted;
      writes.push(serverWrite(tx, step.entity, row, withoutPersonalData(step.entity, row.record), deleted, clientId));
    }
  }
  // Later writes of the same record replace earlier ones (the erasure of an already-written tombstone).
  for (const w of writes) reader.states.set(keyOf(w.entity, w.id), w);
  return { writes, erased };
}

/** A new version of a record written by the rules, with field versions and writers kept in step. */
export function serverWrite(tx: WriteTx, entity: EntityName, stored: StoredRecordRow | undefined, fields: PlainRecord, deleted: boolean, clientId: string): RecordWrite {
  const version = (stored?.record.version ?? 0) + 1;
  const record = { ...stored?.record, ...fields, updatedAt: tx.now, version, deleted };
  const fieldVersions = { ...stored?.fieldVersions };
  const fieldWriters = { ...stored?.fieldWriters };
  for (const [field, value] of Object.entries(record)) {
    if (isMetaKey(field) || (stored && valuesEqual(stored.record[field], value))) continue;
    fieldVersions[field] = version;
    fieldWriters[field] = clientId;
  }
  if (stored && stored.record.deleted !== deleted) {
    fieldVersions[DELETED_FIELD] = version;
    fieldWriters[DELETED_FIELD] = clientId;
  }
  return {
    entity,
    id: String((record as PlainRecord)['id']),
    record,
    json: JSON.stringify(record),
    fieldVersions,
    fieldWriters,
    serverSeq: tx.nextSeq(),
    scopeSchoolId: scopeSchoolIdOf(entity, record),
    updatedAt: tx.now,
  };
}
