/**
 * Push, pull and conflict review, with no HTTP in sight (routes map results to status codes).
 *
 * Push, in one write transaction:
 *  1. Look up every mutation id in the idempotency log: a replay gets its first answer again.
 *  2. Merge each new mutation into the current record (sync/core/merge.ts), in batch order;
 *     a rejection is logged and answered but never stops the rest of the batch. A record this process
 *     wrote from a validated merge has only its patched fields parsed again (conforming-records.ts).
 *  3. Every changed record and every conflict takes the next server_seq; all rows written at once.
 *  4. The answer (built from the same transaction) is returned only after commit.
 * Scope (access-policy.ts): a mutation outside the user's role or school is rejected 'forbidden' before
 * the merge (the stored record is out of scope) or after it (the merged record would leave the scope),
 * and logged for the audit; the answer only ever carries records and conflicts the user may read.
 * A record whose school changes leaves a scope_exits row so the old school's devices drop it.
 */
import type { Mutation } from '../../../src/shared/mutation';
import type { ConflictRecord, PushRequest, PushResponse, Rejection, RejectReason, ResolveConflictRequest } from '../../../src/shared/sync-protocol';
import { mergeMutation } from '../../../src/sync/core/merge';
import { rulesOf } from '../../../src/domain/registry';
import { withoutPersonalData } from '../../../src/domain/erasure';
import { keyOf, type AppliedMutationRow, type ConflictWrite, type RecordKey, type RecordWrite, type ScopeExit, type StoredRecordRow, type SyncStore, type WriteTx } from '../store/store-types';
import { BatchRecords, consequentWrites, ruleDetails, ruleProblem } from './push-rules';
import type { Access } from './access-policy';
import { AckTracker, answerRecords, renderPushAnswer } from './push-acks';
import { renderPullPage, type PullMode, type PullOutcome } from './pull-service';
import { scopeSchoolIdOf } from './scope';
import { ConformingRecords } from './conforming-records';

export type SyncServiceDeps = {
  store: SyncStore;
  /** Injected so tests control time. */
  clock?: () => Date;
  newId?: () => string;
};

export type SyncService = ReturnType<typeof createSyncService>;

/** Every call names the access it runs under (access-policy.ts): there is no default that sees everything. */
export function createSyncService({ store, clock = () => new Date(), newId = () => crypto.randomUUID() }: SyncServiceDeps) {
  // Handed to the store, which reads it under the write lock (sql-write-tx.ts), not before.
  const now = () => clock().toISOString();
  const conforming = conformingRecordsOf(store);
  const pushBatch = async (request: PushRequest, access: Access): Promise<BatchAnswer> => {
    const answer = await store.write(now, (tx) => applyBatch(tx, { ...request, userId: access.userId }, newId, access, conforming));
    // Committed: these records are now stored as validated (conforming-records.ts).
    conforming.remember(answer.validated);
    return answer;
  };
  return {
    async push(request: PushRequest, access: Access): Promise<PushResponse> {
      return (await pushBatch(request, access)).response;
    },
    /** The same answer as JSON text, for the HTTP route (records spliced in, not stringified again). */
    async pushJson(request: PushRequest, access: Access): Promise<string> {
      const { response, recordJson } = await pushBatch(request, access);
      return renderPushAnswer(response, recordJson);
    },
    pull(query: { userId: string; cursor: string; limit: number }, mode: PullMode, access: Access): Promise<PullOutcome> {
      return renderPullPage(store, { cursor: query.cursor, limit: query.limit, scope: access.scope, mode, fingerprint: access.fingerprint });
    },
    async openConflicts(userId: string, access: Access): Promise<ConflictRecord[]> {
      return store.openConflicts(access.scope);
    },
    resolveConflict(id: string, request: ResolveConflictRequest, access: Access): Promise<ConflictRecord | 'not-found'> {
      return store.write(now, async (tx) => {
        const found = await tx.conflict(id);
        // Out of scope looks exactly like absent: no probing for ids of other schools' records.
        if (!found || !access.canRead(found.entity, found.scopeSchoolId)) return 'not-found';
        if (found.resolved) return stripScope(found);
        const resolved: ConflictWrite = { ...found, resolved: true, resolvedAt: tx.now, resolvedBy: access.userId, serverSeq: tx.nextSeq() };
        await tx.putConflicts([resolved]);
        return stripScope(resolved);
      });
    },
  };
}

/** One list per store, not per service: every service over a store (the app's, a tool's) writes the same rows. */
const conformingByStore = new WeakMap<SyncStore, ConformingRecords>();
function conformingRecordsOf(store: SyncStore): ConformingRecords {
  let list = conformingByStore.get(store);
  if (!list) conformingByStore.set(store, (list = new ConformingRecords()));
  return list;
}

/** `validated`: record key -> server_seq of the records this batch wrote from a validated merge. */
type BatchAnswer = { response: PushResponse; recordJson: string[]; validated: Map<string, number> };

async function applyBatch(tx: WriteTx, request: PushRequest, newId: () => string, access: Access, conforming: ConformingRecords): Promise<BatchAnswer> {
  const { clientId, userId, mutations } = request;
  await tx.touchClient(clientId, userId);
  const prior = await tx.appliedMutations(mutations.map((m) => m.mutationId));
  const states = await tx.records(mutations.map((m) => ({ entity: m.entity, id: m.recordId })));

  const answers = new Map<string, 'applied' | Rejection>();
  const replayed: string[] = [];
  const log: AppliedMutationRow[] = [];
  const dirty = new Map<string, RecordWrite>();
  const conflicts: ConflictWrite[] = [];
  const touched = new Set<string>();
  const exits: ScopeExit[] = [];
  const acks = new AckTracker(request.slimAcks === true);
  const reader = new BatchRecords(tx, states);
  const erased: RecordKey[] = [];
  const validated = new Map<string, number>();
  const forbid = (m: Mutation) => {
    answers.set(m.mutationId, rejection(m.mutationId, 'forbidden', {}));
    log.push(logRow(m, request, tx.now, 'rejected', 'forbidden', {}));
  };

  for (const m of mutations) {
    const key = keyOf(m.entity, m.recordId);
    if (answers.has(m.mutationId)) continue; // the same id twice in one batch: once is enough
    const before = prior.get(m.mutationId);
    if (before) {
      // Someone else's mutation id: answer nothing about it (its outcome, its record, its conflicts).
      if (before.userId !== userId) {
        answers.set(m.mutationId, rejection(m.mutationId, 'forbidden', { mutationId: 'taken' }));
        continue;
      }
      touched.add(key);
      acks.full(key);
      replayed.push(m.mutationId);
      answers.set(m.mutationId, before.result === 'applied' ? 'applied' : rejection(m.mutationId, before.reason as RejectReason, before.details ?? {}));
      continue;
    }
    const current = states.get(key);
    acks.see(key, current);
    if (access.writeProblem(m.entity, m.op, current?.record, undefined)) {
      forbid(m);
      continue;
    }
    const storedConforms = current !== undefined && (conforming.has(key, current.serverSeq) || validated.get(key) === current.serverSeq);
    const result = mergeMutation(current, m, tx.now, clientId, storedConforms);
    if (result.kind === 'rejected') {
      touched.add(key);
      acks.full(key);
      const details = capDetails(result.details);
      answers.set(m.mutationId, rejection(m.mutationId, result.reason, details));
      log.push(logRow(m, request, tx.now, 'rejected', result.reason, details));
      continue;
    }
    if (result.state && access.writeProblem(m.entity, m.op, current?.record, result.state.record)) {
      forbid(m);
      continue;
    }
    const broken = result.state ? await ruleProblem(m, current, result.state.record, access, reader, tx.now) : null;
    if (broken) {
      touched.add(key);
      acks.full(key);
      const details = ruleDetails(broken);
      // A teacher's reference that is missing may be another school's record: refused like any other
      // out-of-scope write (the domain already answers both cases alike, so no id can be probed).
      const reason: RejectReason = broken.rule === 'reference-missing' && access.actor.role === 'teacher' ? 'forbidden' : 'rule';
      answers.set(m.mutationId, rejection(m.mutationId, reason, details));
      log.push(logRow(m, request, tx.now, 'rejected', reason, details));
      continue;
    }
    // A person's tombstone keeps no personal field (src/domain/erasure.ts).
    if (result.state && m.op === 'delete' && rulesOf(m.entity).delete === 'erase') {
      result.state.record = { ...withoutPersonalData(m.entity, result.state.record), version: result.state.record.version, deleted: true };
    }
    touched.add(key);
    answers.set(m.mutationId, 'applied');
    log.push(logRow(m, request, tx.now, 'applied', null, null));
    const stored = result.state ?? current;
    if (result.state) acks.applied(key, m, current, result.state.record, result.conflicts.length);
    else acks.full(key);
    if (result.state) {
      const write: RecordWrite = {
        entity: m.entity,
        id: m.recordId,
        record: result.state.record,
        json: JSON.stringify(result.state.record),
        fieldVersions: result.state.fieldVersions,
        fieldWriters: result.state.fieldWriters,
        serverSeq: tx.nextSeq(),
        scopeSchoolId: scopeSchoolIdOf(m.entity, result.state.record),
        updatedAt: tx.now,
      };
      const oldSchool = current ? scopeSchoolIdOf(m.entity, current.record) : null;
      if (oldSchool !== null && oldSchool !== write.scopeSchoolId) exits.push({ serverSeq: write.serverSeq, entity: m.entity, recordId: m.recordId, schoolId: oldSchool });
      states.set(key, write);
      dirty.set(key, write);
      // Only an upsert's record went through the schema (a delete or restore only flips the tombstone).
      if (m.op === 'upsert') validated.set(key, write.serverSeq);
      else validated.delete(key);
      const consequences = await consequentWrites({ m, before: current, after: write, access, reader, tx, clientId });
      for (const w of consequences.writes) {
        dirty.set(keyOf(w.entity, w.id), w);
        validated.delete(keyOf(w.entity, w.id));
      }
      erased.push(...consequences.erased);
    }
    for (const draft of result.conflicts) {
      conflicts.push({
        ...draft,
        id: newId(),
        entity: m.entity,
        recordId: m.recordId,
        baseVersion: m.baseVersion,
        recordVersion: stored?.record.version ?? 0,
        mutationId: m.mutationId,
        clientId,
        userId,
        createdAt: tx.now,
        resolved: false,
        resolvedAt: null,
        resolvedBy: null,
        serverSeq: tx.nextSeq(),
        scopeSchoolId: stored ? scopeSchoolIdOf(m.entity, stored.record) : null,
      });
    }
  }

  await tx.putRecords([...dirty.values()]);
  await tx.insertAppliedMutations(log);
  await tx.putConflicts(conflicts);
  await tx.putScopeExits(exits);
  if (erased.length > 0) await tx.eraseConflictValues(erased);
  const replayedConflicts = replayed.length > 0 ? await tx.conflictsOfMutations(replayed) : [];

  const applied: string[] = [];
  const rejected: Rejection[] = [];
  for (const [id, answer] of answers) {
    if (answer === 'applied') applied.push(id);
    else rejected.push(answer);
  }
  const { recordJson, ...answer } = answerRecords(
    [...touched].flatMap((key) => {
      const row: StoredRecordRow | undefined = states.get(key);
      return row && access.canRead(row.entity, scopeSchoolIdOf(row.entity, row.record)) ? [row] : [];
    }),
    acks,
    request.slimAcks === true,
  );
  return { response: { status: 'ok', applied, rejected, conflicts: [...replayedConflicts, ...conflicts.map(stripScope)], ...answer }, recordJson, validated };
}

const rejection = (mutationId: string, reason: RejectReason, details: Record<string, string>): Rejection => ({ mutationId, reason, details });

/**
 * A patch may name any number of keys (a buggy or hostile client: 100,000 unknown fields made a ~4 MB
 * log row, every key twice, in `details` and `patchKeys`, and as much again in the answer). What a
 * rejection stores and answers is capped: the first MAX_LISTED names, each cut to MAX_NAME characters,
 * then one '…' entry with the count of the rest. Real field names are far shorter and far fewer.
 */
const MAX_LISTED = 50;
const MAX_NAME = 64;
const clip = (text: string) => (text.length > MAX_NAME ? `${text.slice(0, MAX_NAME - 1)}…` : text);

function capDetails(details: Record<string, string>): Record<string, string> {
  const entries = Object.entries(details);
  const out = Object.fromEntries(entries.slice(0, MAX_LISTED).map(([k, v]) => [clip(k), clip(v)]));
  if (entries.length > MAX_LISTED) out['…'] = `+${entries.length - MAX_LISTED}`;
  return out;
}

function capKeys(keys: string[]): string[] {
  const listed = keys.slice(0, MAX_LISTED).map(clip);
  return keys.length > MAX_LISTED ? [...listed, `…+${keys.length - MAX_LISTED}`] : listed;
}

function logRow(m: Mutation, req: PushRequest, now: string, result: 'applied' | 'rejected', reason: string | null, details: Record<string, string> | null): AppliedMutationRow {
  const audit = { op: m.op, clientTime: m.clientTime, patchKeys: capKeys(Object.keys(m.patch)) };
  return { mutationId: m.mutationId, clientId: req.clientId, userId: req.userId, entity: m.entity, recordId: m.recordId, result, reason, details, createdAt: now, ...audit };
}

function stripScope<T extends ConflictRecord>(c: T & { serverSeq?: number; scopeSchoolId?: string | null }): ConflictRecord {
  const { serverSeq: _seq, scopeSchoolId: _scope, ...rest } = c;
  return rest;
}
