/**
 * Slim push answers (sync-protocol.ts header, `slimAcks`): most pushes are a device's edit of a record
 * nobody else touched, and sending that record back in full (~2 KB of seeker) made the answer of a
 * 1,000-edit push ~2 MB and its settle step a rewrite of every record. When the stored record after
 * the batch is exactly the device's own result, the answer carries only the server-owned meta.
 *
 * "Exactly" is checked, not assumed: the mutation was based on the version it replaced (or on the
 * version before an earlier own edit in the same batch), the merge recorded no conflict, and every user
 * field equals the patch's value (patched) or the stored one (not patched): no normalisation, no field
 * of another device. Anything else, replays above all, gets the full record: a lost-then-retried ack
 * must never leave the device with a stale copy.
 */
import type { Mutation } from '../../../src/shared/mutation';
import type { Change, PushAck, PushResponse } from '../../../src/shared/sync-protocol';
import { isMetaKey, userFields, valuesEqual, type PlainRecord } from '../../../src/sync/core/record-values';
import type { StoredRecordRow } from '../store/store-types';

/** Per record of one batch: may its answer be an ack? False sticks once any step was not the device's own. */
export class AckTracker {
  private readonly own = new Map<string, boolean>();
  private readonly versionBefore = new Map<string, number>();

  /** `enabled`: the device asked for slimAcks; otherwise nothing is tracked (every answer is full). */
  constructor(private readonly enabled: boolean) {}

  /** Call for every mutation before it is merged, with the record as it stands at that point. */
  see(key: string, current: StoredRecordRow | undefined): void {
    if (this.enabled && !this.versionBefore.has(key)) this.versionBefore.set(key, current?.record.version ?? 0);
  }

  /** A replay, a rejection, a no-op: the device gets the full record. */
  full(key: string): void {
    this.own.set(key, false);
  }

  applied(key: string, m: Mutation, current: StoredRecordRow | undefined, merged: PlainRecord, conflicts: number): void {
    if (!this.enabled) return;
    const base = current?.record.version ?? 0;
    const ownBase = base === m.baseVersion || (this.own.get(key) === true && this.versionBefore.get(key) === m.baseVersion);
    const clean = ownBase && conflicts === 0 && isOwnResult(current?.record, m, merged);
    this.own.set(key, (this.own.get(key) ?? true) && clean);
  }

  isAck(key: string): boolean {
    return this.enabled && this.own.get(key) === true;
  }
}

/** Is `merged` what the device computed locally: `before` with the patch applied (or deleted)? */
function isOwnResult(before: PlainRecord | undefined, m: Mutation, merged: PlainRecord): boolean {
  if (merged['deleted'] !== (m.op === 'delete')) return false;
  if (m.op === 'delete') return before !== undefined;
  const patch = userFields(m.patch);
  for (const key of Object.keys(merged)) {
    if (isMetaKey(key)) continue;
    if (!valuesEqual(merged[key], key in patch ? patch[key] : before?.[key])) return false;
  }
  // A stored field the schema dropped: the device still has it.
  if (before) for (const key of Object.keys(before)) if (!isMetaKey(key) && !(key in merged) && before[key] !== undefined) return false;
  return true;
}

export type AnswerRecords = Pick<PushResponse, 'records' | 'acks'> & { recordJson: string[] };

/** Splits the touched records of an answer into full records and acks (acks only if the device asked). */
export function answerRecords(rows: readonly StoredRecordRow[], acks: AckTracker, slim: boolean): AnswerRecords {
  const records: Change[] = [];
  const recordJson: string[] = [];
  const out: PushAck[] = [];
  for (const row of rows) {
    const entity = row.entity as Change['entity'];
    const r = row.record;
    if (slim && acks.isAck(`${row.entity}/${row.id}`)) {
      out.push({ entity, id: row.id, version: r.version, createdAt: r['createdAt'] as string, updatedAt: r['updatedAt'] as string });
    } else {
      records.push({ entity, record: r as Change['record'] });
      recordJson.push(row.json ?? JSON.stringify(r));
    }
  }
  return slim ? { records, acks: out, recordJson } : { records, recordJson };
}

/**
 * The answer as JSON text, with each record's JSON spliced in as stored or written: a full answer of
 * 500 seekers is ~1 MB, and stringifying those objects again cost as much as the merge of the batch.
 */
export function renderPushAnswer(response: PushResponse, recordJson: readonly string[]): string {
  const { records, ...rest } = response;
  let list = '';
  for (let i = 0; i < records.length; i++) list += `${i === 0 ? '' : ','}{"entity":${JSON.stringify(records[i]!.entity)},"record":${recordJson[i]!}}`;
  return `${JSON.stringify(rest).slice(0, -1)},"records":[${list}]}`;
}
