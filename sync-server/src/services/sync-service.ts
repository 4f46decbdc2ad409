/**
 * Push, pull and conflict review, with no HTTP in sight (routes map results to status codes).
 *
 * Push (SYNC-LESSONS §2.2, §2.3, §2.5), in one write transaction:
 *  1. Look up every mutation id in the idempotency log: a replay gets its first answer again.
 *  2. Merge each new mutation into the current record (sync/core/merge.ts), in batch order;
 *     a rejection is logged and answered but never stops the rest of the batch.
 *  3. Every changed record and every conflict takes the next server_seq; all rows written at once.
 *  4. The answer (built from the same transaction) is returned only after commit.
 */
import type { Mutation } from '../../../src/shared/mutation';
import type { ConflictRecord, PushRequest, PushResponse, Rejection, RejectReason, ResolveConflictRequest } from '../../../src/shared/sync-protocol';
import { mergeMutation } from '../../../src/sync/core/merge';
import { keyOf, type AppliedMutationRow, type ConflictWrite, type PullScope, type RecordWrite, type StoredRecordRow, type SyncStore, type WriteTx } from '../store/store-types';
import { renderPullPage, type PullMode, type PullOutcome } from './pull-service';
import { scopeSchoolIdOf } from './scope';

export type SyncServiceDeps = {
  store: SyncStore;
  /** Injected so tests control time. */
  clock?: () => Date;
  newId?: () => string;
  /** Until auth lands every user sees everything; the auth issue replaces this. */
  scopeFor?: (userId: string) => PullScope;
};

export type SyncService = ReturnType<typeof createSyncService>;

export function createSyncService({ store, clock = () => new Date(), newId = () => crypto.randomUUID(), scopeFor = () => ({ kind: 'all' }) }: SyncServiceDeps) {
  return {
    push(request: PushRequest): Promise<PushResponse> {
      return store.write(clock().toISOString(), (tx) => applyBatch(tx, request, newId));
    },
    pull(query: { userId: string; cursor: string; limit: number }, mode: PullMode): Promise<PullOutcome> {
      return renderPullPage(store, { ...query, scope: scopeFor(query.userId), mode });
    },
    async openConflicts(userId: string): Promise<ConflictRecord[]> {
      return store.openConflicts(scopeFor(userId));
    },
    resolveConflict(id: string, request: ResolveConflictRequest): Promise<ConflictRecord | 'not-found'> {
      return store.write(clock().toISOString(), async (tx) => {
        const found = await tx.conflict(id);
        if (!found) return 'not-found';
        if (found.resolved) return stripScope(found);
        const resolved: ConflictWrite = { ...found, resolved: true, resolvedAt: tx.now, resolvedBy: request.userId, serverSeq: tx.nextSeq() };
        await tx.putConflicts([resolved]);
        return stripScope(resolved);
      });
    },
  };
}

async function applyBatch(tx: WriteTx, request: PushRequest, newId: () => string): Promise<PushResponse> {
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

  for (const m of mutations) {
    const key = keyOf(m.entity, m.recordId);
    touched.add(key);
    if (answers.has(m.mutationId)) continue; // the same id twice in one batch: once is enough
    const before = prior.get(m.mutationId);
    if (before) {
      replayed.push(m.mutationId);
      answers.set(m.mutationId, before.result === 'applied' ? 'applied' : rejection(m.mutationId, before.reason as RejectReason, before.details ?? {}));
      continue;
    }
    const current = states.get(key);
    const result = mergeMutation(current, m, tx.now, clientId);
    if (result.kind === 'rejected') {
      answers.set(m.mutationId, rejection(m.mutationId, result.reason, result.details));
      log.push(logRow(m, request, tx.now, 'rejected', result.reason, result.details));
      continue;
    }
    answers.set(m.mutationId, 'applied');
    log.push(logRow(m, request, tx.now, 'applied', null, null));
    const stored = result.state ?? current;
    if (result.state) {
      const write: RecordWrite = {
        entity: m.entity,
        id: m.recordId,
        record: result.state.record,
        fieldVersions: result.state.fieldVersions,
        fieldWriters: result.state.fieldWriters,
        serverSeq: tx.nextSeq(),
        scopeSchoolId: scopeSchoolIdOf(m.entity, result.state.record),
        updatedAt: tx.now,
      };
      states.set(key, write);
      dirty.set(key, write);
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
  const replayedConflicts = replayed.length > 0 ? await tx.conflictsOfMutations(replayed) : [];

  const applied: string[] = [];
  const rejected: Rejection[] = [];
  for (const [id, answer] of answers) {
    if (answer === 'applied') applied.push(id);
    else rejected.push(answer);
  }
  return {
    status: 'ok',
    applied,
    rejected,
    conflicts: [...replayedConflicts, ...conflicts.map(stripScope)],
    records: [...touched].flatMap((key) => {
      const row: StoredRecordRow | undefined = states.get(key);
      return row ? [{ entity: row.entity as Mutation['entity'], record: row.record as PushResponse['records'][number]['record'] }] : [];
    }),
  };
}

const rejection = (mutationId: string, reason: RejectReason, details: Record<string, string>): Rejection => ({ mutationId, reason, details });

function logRow(m: Mutation, req: PushRequest, now: string, result: 'applied' | 'rejected', reason: string | null, details: Record<string, string> | null): AppliedMutationRow {
  return { mutationId: m.mutationId, clientId: req.clientId, userId: req.userId, entity: m.entity, recordId: m.recordId, result, reason, details, createdAt: now };
}

function stripScope<T extends ConflictRecord>(c: T & { serverSeq?: number; scopeSchoolId?: string | null }): ConflictRecord {
  const { serverSeq: _seq, scopeSchoolId: _scope, ...rest } = c;
  return rest;
}
