/**
 * One entry per entity: how it merges, whether and how it is deleted, who may restore it, whether a
 * person or the rules write it, which fields fix its identity, and which of its fields are personal.
 * The lifecycles (transitions.ts), references (references.ts) and cross-record rules (cross-record.ts)
 * are keyed by the same entity names; check-write.ts runs them all.
 *
 * Merge: every entity merges field by field against the edit's base version (src/sync/core/merge.ts).
 * What several people add offline (check-ins, retention checks, consents, attendance, status history,
 * provisions) is an entity of its own, never an array inside a parent, so concurrent additions are
 * separate records and all survive.
 */
import type { Role } from '../shared/auth-protocol';
import { ENTITY_NAMES, type EntityName } from '../shared/entities';
import { attendanceId, careerPlanId, feeIdOfPlacement, ledgerHoldId, participantId, programmeSettingId } from '../shared/ids';
import { str, type PlainRecord } from './rule-types';

export type DeletePolicy =
  /** A tombstone that keeps its data; the roles in `restore` may bring it back. */
  | 'tombstone'
  /** Deleting a person: the tombstone keeps no personal field, nothing can bring it back (erasure.ts). */
  | 'erase'
  /** Never deleted: cleared (attendance), withdrawn (consents) or kept as a legal record. */
  | 'never';

export type EntityRules = {
  delete: DeletePolicy;
  restore: readonly Role[];
  /** 'rules': written only by the domain's derived writes (derived-records.ts), refused from devices. */
  writtenBy: 'people' | 'rules';
  /** Fields set at creation and never changed (they say what the record is about). */
  immutable: readonly string[];
  /** Fields that describe a person; blanked when the record is erased. */
  personal: readonly string[];
  /** The id the record must carry, derived from its fields (undefined: any new UUID). */
  derivedId?: (record: PlainRecord) => string;
  /** The roles that may write it (undefined: every role that can read it). */
  writers?: readonly Role[];
};

const STAFF: readonly Role[] = ['admin', 'coordinator'];
const base: EntityRules = { delete: 'tombstone', restore: STAFF, writtenBy: 'people', immutable: [], personal: [] };

export const ENTITY_RULES: Record<EntityName, EntityRules> = {
  seekers: {
    ...base,
    delete: 'erase',
    restore: [],
    personal: ['familyName', 'givenName', 'familyNameKana', 'givenNameKana', 'birthDate', 'postalCode', 'address', 'phone', 'email', 'notes'],
  },
  counsellingRecords: { ...base, delete: 'erase', restore: [], immutable: ['seekerId'], personal: ['summary', 'nextAction'] },
  companies: { ...base, restore: ['admin', 'coordinator', 'counter'] },
  companyVisits: { ...base, immutable: ['companyId'] },
  openings: { ...base, immutable: ['companyId'] },
  trialPlacements: { ...base, immutable: ['seekerId', 'companyId'], personal: ['employerFeedback'] },
  successFees: { ...base, restore: ['admin'], immutable: ['placementId'], derivedId: (r) => feeIdOfPlacement(str(r, 'placementId')) },
  programmeSettings: {
    ...base,
    delete: 'never',
    restore: [],
    immutable: ['fiscalYear'],
    writers: ['admin'],
    derivedId: (r) => programmeSettingId(typeof r['fiscalYear'] === 'number' ? r['fiscalYear'] : 0),
  },
  schools: base,
  students: { ...base, personal: ['familyName', 'givenName', 'familyNameKana', 'givenNameKana', 'className'] },
  internshipProgrammes: base,
  programmeSessions: { ...base, immutable: ['programmeId'] },
  internships: { ...base, immutable: ['studentId'] },
  attendance: {
    ...base,
    delete: 'never',
    restore: [],
    immutable: ['sessionId', 'studentId'],
    derivedId: (r) => attendanceId(str(r, 'sessionId'), str(r, 'studentId')),
  },
  programmeParticipants: {
    ...base,
    delete: 'never',
    restore: [],
    immutable: ['programmeId', 'studentId'],
    derivedId: (r) => participantId(str(r, 'programmeId'), str(r, 'studentId')),
  },
  careerPlans: {
    ...base,
    delete: 'never',
    restore: [],
    immutable: ['programmeId', 'studentId'],
    personal: ['comment'],
    derivedId: (r) => careerPlanId(str(r, 'programmeId'), str(r, 'studentId')),
  },
  checkIns: { ...base, delete: 'erase', restore: [], immutable: ['placementId'], personal: ['note', 'concerns'] },
  retentionChecks: { ...base, immutable: ['placementId', 'milestone'], personal: ['note'] },
  consents: { ...base, delete: 'never', restore: [], immutable: ['seekerId'], personal: ['note'] },
  provisions: { ...base, delete: 'never', restore: [], writtenBy: 'rules' },
  statusChanges: { ...base, delete: 'never', restore: [], writtenBy: 'rules' },
  // Written by a seeker's erasure, erased by the server after the law's two years (server purge job).
  ledgerHolds: {
    ...base,
    delete: 'erase',
    restore: [],
    writtenBy: 'rules',
    immutable: ['seekerId'],
    personal: ['familyName', 'givenName', 'postalCode', 'address', 'birthDate'],
    derivedId: (r) => ledgerHoldId(str(r, 'seekerId')),
    writers: ['admin'],
  },
};

/** Every entity has an entry (a test checks it against ENTITY_NAMES too). */
export const rulesOf = (entity: EntityName): EntityRules => ENTITY_RULES[entity];
export const PEOPLE_WRITTEN = ENTITY_NAMES.filter((e) => ENTITY_RULES[e].writtenBy === 'people');
