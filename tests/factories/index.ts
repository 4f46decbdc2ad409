/**
 * build<Entity>(overrides) for every synced entity: realistic, schema-valid records made from the same
 * pieces as the demo data, for any test suite. `buildRecord(entity)` serves code that iterates entities.
 */
import type { EntityName, EntityRecord } from '../../src/shared/entities';
import { buildCompany, buildCompanyVisit, buildOpening, buildProgrammeSetting, buildSuccessFee, buildTrialPlacement } from './hosts';
import { buildCounsellingRecord, buildSeeker, buildStudent } from './people';
import {
  buildAttendance,
  buildCareerPlan,
  buildProgrammeParticipant,
  buildInternship,
  buildInternshipProgramme,
  buildProgrammeSession,
  buildSchool,
} from './schools';
import { buildCheckIn, buildConsent, buildLedgerHold, buildProvision, buildRetentionCheck, buildStatusChange } from './trial-records';

export * from './hosts';
export * from './people';
export * from './schools';
export * from './trial-records';
export { FACTORY_NOW, resetFactories } from './sequence';

const BUILDERS: { [E in EntityName]: (overrides?: Partial<EntityRecord<E>>) => EntityRecord<E> } = {
  seekers: buildSeeker,
  counsellingRecords: buildCounsellingRecord,
  companies: buildCompany,
  companyVisits: buildCompanyVisit,
  openings: buildOpening,
  trialPlacements: buildTrialPlacement,
  successFees: buildSuccessFee,
  programmeSettings: buildProgrammeSetting,
  schools: buildSchool,
  students: buildStudent,
  internshipProgrammes: buildInternshipProgramme,
  programmeSessions: buildProgrammeSession,
  internships: buildInternship,
  attendance: buildAttendance,
  programmeParticipants: buildProgrammeParticipant,
  careerPlans: buildCareerPlan,
  checkIns: buildCheckIn,
  retentionChecks: buildRetentionCheck,
  consents: buildConsent,
  provisions: buildProvision,
  statusChanges: buildStatusChange,
  ledgerHolds: buildLedgerHold,
};

export function buildRecord<E extends EntityName>(
  entity: E,
  overrides: Partial<EntityRecord<E>> = {},
): EntityRecord<E> {
  return BUILDERS[entity](overrides);
}
