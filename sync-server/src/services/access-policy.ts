/**
 * Who may read and write what, decided from the session's user, never from the request (README.md,
 * Decisions worth knowing). One table of rules per role; the pull filter (PullScope) and the push check
 * are both derived from it so they cannot drift apart.
 *
 *   role         reads and writes                                          extra
 *   admin        every entity                                              users, devices, audit
 *   coordinator  every entity but ledgerHolds (the programme settings: read; only admins write them,
 *                src/domain/registry.ts)
 *   counter      seekers, counsellingRecords, companies, openings,          -
 *                consents and provisions (no fees, trials, settings, status history)
 *   teacher      its school: schools (its own), students, programmes,      company NAMES of its
 *                sessions, internships, attendance, participants, career  internships (read only)
 *                plans with its schoolId
 *
 * ledgerHolds (a deleted seeker's 求職管理簿 line, kept for the law's two years) reach admins alone: the
 * ledgers are an admin's screen, and a coordinator's tablet should not carry a deleted person's name.
 *
 * The fingerprint hashes role + school + SCOPE_RULES_VERSION: bump the version whenever this table
 * changes, so every device re-snapshots under the new rules (sync-protocol.ts header).
 */
import { createHash } from 'node:crypto';
import type { Role } from '../../../src/shared/auth-protocol';
import { ENTITY_NAMES, type EntityName } from '../../../src/shared/entities';
import type { Actor as DomainActor } from '../../../src/domain/rule-types';
import type { MutationOp } from '../../../src/shared/mutation';
import type { PullScope } from '../store/store-types';
import { scopeSchoolIdOf } from './scope';

export const SCOPE_RULES_VERSION = 5;

/** The signed-in user behind a request, as the auth middleware resolved it. */
export type Actor = { userId: string; clientId: string; role: Role; schoolId: string | null };

type PlainRecord = Record<string, unknown>;

export type Access = {
  /** Written to the audit log and conflicts; the session's user (or the body's, service-level calls only). */
  userId: string;
  scope: PullScope;
  /** Undefined only for unrestrictedAccess (service-level calls; never over HTTP). */
  fingerprint: string | undefined;
  /** May the user see this record (its entity and school)? Used for push answers and conflicts. */
  canRead(entity: string, scopeSchoolId: string | null): boolean;
  /** The writer as the domain rules see it (src/domain/rule-types.ts). */
  actor: DomainActor;
  /** May a written record name this one (src/domain/references.ts)? */
  canReference(entity: EntityName, record: PlainRecord): boolean;
  /** null when allowed; checked on the stored record before and on the merged record after a write. */
  writeProblem(entity: EntityName, op: MutationOp, before: PlainRecord | undefined, after: PlainRecord | undefined): 'forbidden' | null;
};

const SCHOOL_ENTITIES: readonly EntityName[] = ['schools', 'students', 'internshipProgrammes', 'programmeSessions', 'internships', 'attendance', 'programmeParticipants', 'careerPlans'];
export const ROLE_ENTITIES: Record<Role, readonly EntityName[]> = {
  admin: ENTITY_NAMES,
  coordinator: ENTITY_NAMES.filter((e) => e !== 'ledgerHolds'),
  counter: ['seekers', 'counsellingRecords', 'companies', 'openings', 'consents', 'provisions'],
  teacher: SCHOOL_ENTITIES,
};

/** Companies registered as hosts: the ones an internship may be placed at by a teacher. */
const HOST_STATUSES = new Set(['host_registered', 'active']);

export function scopeFingerprint(role: Role, schoolId: string | null): string {
  return createHash('sha256').update(`${SCOPE_RULES_VERSION}|${role}|${schoolId ?? ''}`).digest('hex').slice(0, 24);
}

export function accessFor(actor: Actor): Access {
  const entities = new Set<string>(ROLE_ENTITIES[actor.role]);
  const school = actor.role === 'teacher' ? actor.schoolId : null;
  const scope: PullScope =
    actor.role === 'admin'
      ? { kind: 'all' }
      : { kind: 'rules', entities: [...entities], schoolIds: actor.role === 'teacher' ? (school ? [school] : []) : null, companyNames: actor.role === 'teacher' };
  const inSchool = (entity: string, record: PlainRecord | undefined) => !record || (school !== null && scopeSchoolIdOf(entity, record) === school);
  const canRead = (entity: string, scopeSchoolId: string | null) => entities.has(entity) && (actor.role !== 'teacher' || (school !== null && scopeSchoolId === school));
  return {
    userId: actor.userId,
    scope,
    fingerprint: scopeFingerprint(actor.role, actor.schoolId),
    actor: { userId: actor.userId, role: actor.role, schoolId: actor.schoolId },
    canRead,
    canReference(entity, record) {
      // A teacher places its students at host companies, whose names it may see; no other company.
      if (actor.role === 'teacher' && entity === 'companies') return HOST_STATUSES.has(String(record['status']));
      return canRead(entity, scopeSchoolIdOf(entity, record));
    },
    writeProblem(entity, op, before, after) {
      if (!entities.has(entity)) return 'forbidden';
      if (actor.role !== 'teacher') return null;
      // A teacher keeps every record inside its school: no reading out, no moving out, no adding elsewhere.
      if (!inSchool(entity, before) || !inSchool(entity, after)) return 'forbidden';
      // The school record itself is the teacher's to edit, not to delete.
      if (entity === 'schools' && op === 'delete') return 'forbidden';
      return null;
    },
  };
}

/**
 * The sync service's default for in-process callers (service-level tests, simulations, the bench's
 * "another device" edits): everyone sees everything, the body names the user. Never reached over
 * HTTP: /api/sync always runs behind a session (app.ts, routes/sync.ts).
 */
export function unrestrictedAccess(userId: string): Access {
  return {
    userId,
    scope: { kind: 'all' },
    fingerprint: undefined,
    actor: { userId, role: 'admin', schoolId: null },
    canRead: () => true,
    canReference: () => true,
    writeProblem: () => null,
  };
}
