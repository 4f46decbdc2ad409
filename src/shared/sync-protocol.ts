/**
 * The sync wire protocol between a device and the sync server, defined once for both sides.
 *
 * - push: a batch of outbox mutations; the server applies the whole batch in one transaction and
 *   answers after commit with what it applied, what it rejected for good (with a reason per record),
 *   the conflicts it recorded, and the authoritative state of every record the batch touched.
 * - pull: changes after an opaque cursor (`<epoch>:<server_seq>`), tombstones included, in pages.
 * - snapshot: the initial-sync fast path; same cursor, bigger pages, no tombstones, a total for progress.
 * - conflicts ride the same change sequence as records, so a pull delivers new and resolved conflicts too.
 * Reasons are string literals so the client can `switch` on them and show Japanese text.
 *
 * Scope (sign-in and sessions are in auth-protocol.ts). The server decides what a device may
 * see and write from its session, never from the `userId` in a request (it is ignored and may be
 * anything valid). Client contract, all fields optional so protocol version 1 stays compatible:
 * - `scopeFingerprint` (pull and snapshot pages, and GET /api/auth/session) names the rules the page was
 *   filtered by (role, school, rules version). The device stores the fingerprint its local data was
 *   pulled under. When a page carries a different one: stop applying it, push the outbox, then drop every
 *   synced record and re-snapshot from START_CURSOR. That is how records that left the user's scope
 *   (a role or school change) leave the device.
 * - `removed` (pull and snapshot pages): records that moved out of this user's scope (a student moved
 *   to another school). Drop them locally (not a delete: no outbox entry, no tombstone); apply
 *   `removed` before `changes` of the same page.
 * - A change with `projection: 'company-name'` is a reduced record (id, name, nameKana, town, industry
 *   and meta only): a teacher sees the names of the companies that host its students, nothing else.
 *   Store it for display; never validate it as a full company or offer to edit it.
 * - A push outside the scope is rejected per mutation with reason 'forbidden' (set aside, not retried).
 *
 * Compatible additions (for speed, docs/benchmarks.md; still protocol 1, every new field optional):
 * - Mid-snapshot cursors read `<epoch>_s<seq>_t<total>:<seq>` (still the version 1 pattern, still
 *   opaque): the snapshot is pinned where it started and its last page hands over `<epoch>:<seq>` at
 *   that mark, so the pulls after it bring every change made meanwhile, tombstones included.
 * - Push `slimAcks: true`: a record that is now exactly the device's own edit (based on the current
 *   version, nothing else merged in, no conflict, not a replay) comes back in `acks` (meta only)
 *   instead of `records`; the device sets version, createdAt and updatedAt on its copy. Replays
 *   (a lost-then-retried ack) and everything else stay full records. No flag: answers as before.
 * - POST /api/sync/device-report after each completed sync run: what the device still holds unsent
 *   (outbox and needs-attention counts, the oldest change's device time). The admin's devices screen
 *   shows it, so a stuck tablet is noticed and nobody revokes a device without knowing what it holds.
 */
import { z } from 'zod';
import { entityNameSchema } from './entities';
import { idSchema, isoDateTimeSchema, recordMetaSchema } from './fields';
import { mutationSchema } from './mutation';

/** Bump when the wire shape changes incompatibly; the server answers older clients with 426. */
export const PROTOCOL_VERSION = 1;
export const MIN_PROTOCOL_VERSION = 1;

export const MAX_PUSH_MUTATIONS = 2000;
export const DEFAULT_PULL_LIMIT = 1000;
export const MAX_PULL_LIMIT = 5000;
export const DEFAULT_SNAPSHOT_LIMIT = 5000;
export const MAX_SNAPSHOT_LIMIT = 50000;

/** Device and user ids are opaque to the protocol (auth comes later); printable, bounded. */
export const clientIdSchema = z.string().regex(/^[\w.:-]{1,100}$/u, { error: 'invalid_id' });
export const userIdSchema = z.string().regex(/^[\w.:@-]{1,100}$/u, { error: 'invalid_id' });
/** Opaque to the client: store it and send it back. Empty string = from the beginning. */
export const cursorSchema = z.string().regex(/^([\w-]{1,64}:\d{1,18})?$/u, { error: 'invalid_cursor' });
export const START_CURSOR = '';

const requestBase = {
  protocolVersion: z.number().int().min(0),
  clientId: clientIdSchema,
  userId: userIdSchema,
};

// Push ------------------------------------------------------------------------------------------
export const pushRequestSchema = z.object({
  ...requestBase,
  mutations: z.array(mutationSchema).max(MAX_PUSH_MUTATIONS, { error: 'too_many' }),
  /** The device understands `acks` in the answer (see the header). */
  slimAcks: z.boolean().optional(),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

/** Why the server refused one mutation for good. Retrying will not help; a person must fix or discard it. */
export const REJECT_REASONS = [
  'validation', // the merged record breaks the entity schema (details: field -> i18n error key)
  'unknown-field', // the patch names a field the entity does not have
  'not-found', // an edit based on a server version of a record the server does not have
  'forbidden', // outside the user's scope (role, school), or the mutation id belongs to another user
  'rule', // breaks a domain rule (details: rule = its name in src/domain/rule-types.ts, field, and the rule's values)
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** field path -> i18n error key (`errors.*`), as produced by the shared schemas. */
export const errorDetailsSchema = z.record(z.string(), z.string());
export type ErrorDetails = z.infer<typeof errorDetailsSchema>;

export const rejectionSchema = z.object({
  mutationId: idSchema,
  reason: z.enum(REJECT_REASONS),
  details: errorDetailsSchema,
});
export type Rejection = z.infer<typeof rejectionSchema>;

// Conflicts -------------------------------------------------------------------------------------
/** `field`: both sides changed one field; `delete-edit`: one side deleted what the other edited. */
export const CONFLICT_KINDS = ['field', 'delete-edit'] as const;
/** The field name used for delete-vs-edit conflicts. */
export const DELETED_FIELD = '_deleted';

export const conflictRecordSchema = z.object({
  id: idSchema,
  entity: entityNameSchema,
  recordId: idSchema,
  kind: z.enum(CONFLICT_KINDS),
  field: z.string(),
  /** Which side's value the record now holds: the incoming write (receive order) or the stored one. */
  winner: z.enum(['incoming', 'server']),
  /** The value the server kept (the winner's). */
  serverValue: z.unknown(),
  /** The value that lost, kept so a person can put it back. */
  losingValue: z.unknown(),
  baseVersion: z.number().int().min(0),
  /** The record version right after the write that produced this conflict. */
  recordVersion: z.number().int().min(0),
  mutationId: idSchema,
  clientId: clientIdSchema,
  userId: userIdSchema,
  createdAt: isoDateTimeSchema,
  resolved: z.boolean(),
  resolvedAt: z.union([isoDateTimeSchema, z.null()]),
  resolvedBy: z.union([userIdSchema, z.null()]),
});
export type ConflictRecord = z.infer<typeof conflictRecordSchema>;

// Records on the wire ---------------------------------------------------------------------------
/** A full record (tombstones keep their data); the client validates with ENTITY_SCHEMAS[entity]. */
export const wireRecordSchema = recordMetaSchema.loose();
export type WireRecord = z.infer<typeof wireRecordSchema>;
export const CHANGE_PROJECTIONS = ['company-name'] as const;
export const changeSchema = z.object({
  entity: entityNameSchema,
  record: wireRecordSchema,
  /** Set when `record` is a reduced view (see the header); absent for full records. */
  projection: z.enum(CHANGE_PROJECTIONS).optional(),
});
export type Change = z.infer<typeof changeSchema>;

/** Meta of a record that is exactly the device's edit (header). */
export const pushAckSchema = recordMetaSchema.pick({ id: true, version: true, createdAt: true, updatedAt: true }).extend({ entity: entityNameSchema });
export type PushAck = z.infer<typeof pushAckSchema>;

export const pushResponseSchema = z.object({
  status: z.literal('ok'),
  /** Applied now or earlier (a retried mutation is acked again, never applied twice). */
  applied: z.array(idSchema),
  rejected: z.array(rejectionSchema),
  conflicts: z.array(conflictRecordSchema),
  /** Server state after commit of every existing record the batch touched: lets the client drop its
   *  overlay at once, and keeps a lost-then-retried ack from leaving a stale local value behind. */
  records: z.array(changeSchema),
  /** Only when the request asked for `slimAcks`: records that now hold exactly the device's edit. */
  acks: z.array(pushAckSchema).optional(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

// Pull / snapshot -------------------------------------------------------------------------------
/** Plain decimal digits only: coercion would also take '0x1', '1e0', ' 1' and '' (= 0). */
const queryInt = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,15}$/u, { error: 'integer' })
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

export const pullQuerySchema = z.object({
  protocolVersion: queryInt(0, Number.MAX_SAFE_INTEGER),
  clientId: clientIdSchema,
  userId: userIdSchema,
  cursor: cursorSchema.default(START_CURSOR),
  limit: queryInt(1, MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

export const snapshotQuerySchema = pullQuerySchema.extend({
  limit: queryInt(1, MAX_SNAPSHOT_LIMIT).default(DEFAULT_SNAPSHOT_LIMIT),
});
export type SnapshotQuery = z.infer<typeof snapshotQuerySchema>;

export const pullResponseSchema = z.object({
  status: z.literal('ok'),
  changes: z.array(changeSchema),
  /** Conflicts created or resolved in the same stretch of the change sequence. */
  conflicts: z.array(conflictRecordSchema),
  cursor: cursorSchema,
  hasMore: z.boolean(),
  /** Records that left the user's scope in this stretch of the change sequence (see the header). */
  removed: z.array(z.object({ entity: entityNameSchema, id: idSchema })).optional(),
  /** The scope rules this page was filtered by; a change means re-snapshot (see the header). */
  scopeFingerprint: z.string().optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** A snapshot page: live records only; after the last page, continue with pulls from `cursor`. */
export const snapshotResponseSchema = pullResponseSchema.extend({
  /** Live records in the user's scope right now, for a progress bar (an estimate while others write). */
  total: z.number().int().min(0),
});
export type SnapshotResponse = z.infer<typeof snapshotResponseSchema>;

export const conflictListResponseSchema = z.object({
  status: z.literal('ok'),
  conflicts: z.array(conflictRecordSchema),
});
export type ConflictListResponse = z.infer<typeof conflictListResponseSchema>;

/** Resolving only marks the conflict reviewed; putting a losing value back is an ordinary mutation. */
export const resolveConflictRequestSchema = z.object({ ...requestBase });
export type ResolveConflictRequest = z.infer<typeof resolveConflictRequestSchema>;
export const resolveConflictResponseSchema = z.object({ status: z.literal('ok'), conflict: conflictRecordSchema });

// Device report ---------------------------------------------------------------------------------
const MAX_REPORTED_COUNT = 10_000_000;
export const unsentSummarySchema = z.object({
  /** Changes in the outbox, not yet accepted by the server. */
  unsent: z.number().int().min(0).max(MAX_REPORTED_COUNT),
  /** Changes the server refused for good, waiting for a person to resend or discard them. */
  needsAttention: z.number().int().min(0).max(MAX_REPORTED_COUNT),
  /** Device time of the oldest of both, null when there are none. */
  oldestUnsentAt: z.union([isoDateTimeSchema, z.null()]),
});
export type UnsentSummary = z.infer<typeof unsentSummarySchema>;
export const deviceReportSchema = z.object({ ...requestBase, ...unsentSummarySchema.shape });
export type DeviceReport = z.infer<typeof deviceReportSchema>;
export const deviceReportResponseSchema = z.object({ status: z.literal('ok') });

// Errors ----------------------------------------------------------------------------------------
export const ERROR_REASONS = [
  'invalid-request', // the body or query does not match the schema; details say where (mutations.3.patch)
  'invalid-json',
  'payload-too-large', // split the batch
  'protocol-too-old', // 426: update the app (push the outbox first if the server still accepts it)
  'protocol-too-new', // the server is older than the app: retry later
  'reset-required', // 409: the cursor is from another database or the future: push outbox, then re-snapshot
  'not-found',
  'forbidden', // 403: signed in, but the role does not allow this endpoint or record
  'unauthenticated', // 401: no valid session (missing, expired, revoked): sign in again
  'invalid-credentials', // 401: wrong login id or password (deliberately the same answer for both)
  'too-many-attempts', // 429: sign-in throttled; Retry-After says when to try again
  'csrf', // 403: a state-changing request without the app's origin and X-Field-Client header
  'device-revoked', // 403: an admin revoked this device: wipe local data, then show sign-in
  'unsupported-media-type', // 415: a request body that is not application/json
  'login-taken', // 409: another user already has this login id
  'last-admin', // 409: the change would leave no active admin
  'internal',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

export const errorEnvelopeSchema = z.object({
  status: z.literal('error'),
  reason: z.enum(ERROR_REASONS),
  details: errorDetailsSchema,
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

/** zod issues -> { 'mutations.3.patch': 'invalid_id' }: the shape of every `details`. */
export function issuesToDetails(issues: readonly { path: readonly PropertyKey[]; message: string }[]): ErrorDetails {
  const details: ErrorDetails = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    details[key] ??= issue.message;
  }
  return details;
}
