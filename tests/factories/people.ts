/** Seekers, their counselling records, and students: valid stored records with overridable fields. */
import {
  counsellingRecordSchema,
  seekerSchema,
  studentSchema,
  type CounsellingRecord,
  type Seeker,
  type Student,
} from '../../src/shared/entities';
import { dateBetween } from '../../src/shared/demo/dates';
import { demoCounsellingRecord, demoSeeker, demoStudent } from '../../src/shared/demo/people';
import { FACTORY_NOW, nextRng } from './sequence';

export function buildSeeker(overrides: Partial<Seeker> = {}): Seeker {
  const rng = nextRng();
  return seekerSchema.parse({ ...demoSeeker(rng, { id: rng.uuid(), now: FACTORY_NOW }), ...overrides });
}

export function buildCounsellingRecord(overrides: Partial<CounsellingRecord> = {}): CounsellingRecord {
  const rng = nextRng();
  const date = dateBetween(rng, '2025-04-01', FACTORY_NOW);
  return counsellingRecordSchema.parse({
    ...demoCounsellingRecord(rng, { id: rng.uuid(), now: FACTORY_NOW, seekerId: rng.uuid(), date }),
    ...overrides,
  });
}

export function buildStudent(overrides: Partial<Student> = {}): Student {
  const rng = nextRng();
  const grade = rng.int(1, 3);
  return studentSchema.parse({
    ...demoStudent(rng, { id: rng.uuid(), now: FACTORY_NOW, schoolId: rng.uuid(), grade, className: `${grade}年${rng.int(1, 6)}組`, university: false }),
    ...overrides,
  });
}
