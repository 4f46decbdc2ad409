/**
 * Every id a record holds names another record, which must exist, be live and be in the writer's
 * scope: a teacher cannot mark a student of another school, and nobody can hang a fee on a placement
 * that is not there. Records of one school must also agree on the school (a session's programme, an
 * internship's student, an attendance mark's session and student). Checked when the reference is set.
 * A reference out of scope answers exactly like a missing one, so ids cannot be probed.
 */
import type { EntityName } from '../shared/entities';
import { changed, str, violation, type PlainRecord, type RuleViolation, type WriteCheck } from './rule-types';

/** field -> referenced entity. An array field references each of its ids; '' means "none". */
export const REFERENCES: Partial<Record<EntityName, Readonly<Record<string, EntityName>>>> = {
  counsellingRecords: { seekerId: 'seekers' },
  companyVisits: { companyId: 'companies' },
  openings: { companyId: 'companies' },
  trialPlacements: { seekerId: 'seekers', companyId: 'companies', openingId: 'openings' },
  successFees: { placementId: 'trialPlacements' },
  students: { schoolId: 'schools' },
  internshipProgrammes: { schoolId: 'schools' },
  programmeSessions: { programmeId: 'internshipProgrammes', schoolId: 'schools', companyId: 'companies' },
  internships: { studentId: 'students', schoolId: 'schools', companyId: 'companies', programmeId: 'internshipProgrammes' },
  attendance: { sessionId: 'programmeSessions', studentId: 'students', schoolId: 'schools' },
  programmeParticipants: { programmeId: 'internshipProgrammes', studentId: 'students', schoolId: 'schools' },
  careerPlans: { programmeId: 'internshipProgrammes', studentId: 'students', schoolId: 'schools' },
  checkIns: { placementId: 'trialPlacements' },
  retentionChecks: { placementId: 'trialPlacements' },
  consents: { seekerId: 'seekers', companyIds: 'companies' },
};

/** Reference fields whose record must belong to the same school as the record written. */
const SAME_SCHOOL: Partial<Record<EntityName, readonly string[]>> = {
  programmeSessions: ['programmeId'],
  internships: ['studentId', 'programmeId'],
  attendance: ['sessionId', 'studentId'],
  programmeParticipants: ['programmeId', 'studentId'],
  careerPlans: ['programmeId', 'studentId'],
};

const idsIn = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '');

/** Checks the changed references and returns the referenced records by field (for the rules after). */
export async function checkReferences(c: WriteCheck): Promise<RuleViolation | null> {
  const refs = REFERENCES[c.entity];
  if (!refs || !c.after) return null;
  for (const [field, target] of Object.entries(refs)) {
    if (!changed(c, field)) continue;
    for (const id of idsIn(c.after[field])) {
      const record = await c.reader.get(target, id);
      if (!record || (c.canReference && !c.canReference(target, record))) return violation('reference-missing', field, { entity: target });
      if (SAME_SCHOOL[c.entity]?.includes(field) && schoolOf(target, record) !== str(c.after, 'schoolId')) {
        return violation('school-mismatch', field, { entity: target });
      }
    }
  }
  return null;
}

const schoolOf = (entity: EntityName, record: PlainRecord) => (entity === 'schools' ? str(record, 'id') : str(record, 'schoolId'));
