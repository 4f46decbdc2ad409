/**
 * The vocabulary of the rules: who writes (Actor), what is written (WriteCheck), how referenced
 * records are read (RecordReader, given by the caller: Dexie on the device, the push transaction on
 * the server), and what a broken rule says (RuleViolation). Pure types: no I/O lives in src/domain.
 */
import type { Role } from '../shared/auth-protocol';
import type { EntityName } from '../shared/entities';

export type PlainRecord = Record<string, unknown>;

export type Actor = { userId: string; role: Role; schoolId: string | null };

/** Reads live (not deleted) records inside the writer's transaction; the domain never opens one. */
export interface RecordReader {
  get(entity: EntityName, id: string): Promise<PlainRecord | undefined>;
  /** Live records of `entity` whose `field` equals `value`. */
  children(entity: EntityName, field: string, value: string): Promise<PlainRecord[]>;
}

export const RULE_NAMES = [
  'status-transition', // a status may not follow the current one
  'status-initial', // a new record may not start in this status
  'status-reopen', // a closed status reopened by a role that may not
  'immutable-field', // a field that identifies the record changed after creation
  'reference-missing', // a referenced record does not exist, is deleted or is out of the writer's scope
  'fee-needs-hire', // a success fee for a placement that is not 採用
  'consent-required', // a placement proposed without the seeker's consent covering that company
  'opening-company', // a placement names an opening of another company
  'opening-places', // a placement beyond its opening's places without a reason
  'writer-role', // an entity only some roles write (the programme settings: admins)
  'school-mismatch', // records of one school name a record of another (a session's programme, a mark's student)
  'attendance-not-assigned', // an internship day marked for a student not assigned to it
  'internship-capacity', // more overlapping internships at a company than its capacity
  'retention-needs-hire', // a retention check for a placement that is not 採用, or dated before the hire
  'birth-date-range', // a birth date giving an age outside 15–100 today
  'date-too-far-ahead', // a record of something done, dated more than a week ahead
  'derived-id', // a record whose id must be derived from its fields carries another id
  'not-deletable', // the entity is never deleted (cleared or withdrawn instead)
  'restore-role', // a restore by a role that may not
  'not-restorable', // an erased record cannot come back
  'server-written', // the entity is written by the rules, never by a device
  'erased', // a write to a record erased with its person
] as const;
export type RuleName = (typeof RULE_NAMES)[number];

/** `field`: where the form shows the message ('_' = the record as a whole); `params`: values for the message. */
export type RuleViolation = { rule: RuleName; field: string; params: Record<string, string> };

export type WriteOp = 'upsert' | 'delete' | 'restore';

export type WriteCheck = {
  entity: EntityName;
  op: WriteOp;
  id: string;
  /** The record before the write: the live one, the tombstone for a restore, undefined when created. */
  before: PlainRecord | undefined;
  /** The record after the write (undefined for a delete). */
  after: PlainRecord | undefined;
  actor: Actor;
  /** The writer's date (YYYY-MM-DD, Japan time on the device, the server's on push). */
  today: string;
  reader: RecordReader;
  /** May the writer reference this record? Undefined: anything it can read (the device holds only its scope). */
  canReference?: (entity: EntityName, record: PlainRecord) => boolean;
};

export const violation = (rule: RuleName, field: string, params: Record<string, string> = {}): RuleViolation => ({ rule, field, params });

/** Did the write set this field to a new value (a new record sets every field)? */
export const changed = (c: Pick<WriteCheck, 'before' | 'after'>, field: string): boolean =>
  c.after !== undefined && (c.before === undefined || JSON.stringify(c.before[field]) !== JSON.stringify(c.after[field]));

export const str = (record: PlainRecord | undefined, field: string): string => {
  const v = record?.[field];
  return typeof v === 'string' ? v : '';
};
