import { describe, expect, it } from 'vitest';
import { accessFor, scopeFingerprint } from './access-policy';

const school = '11111111-1111-4111-8111-111111111111';
const other = '22222222-2222-4222-8222-222222222222';
const teacher = accessFor({ userId: 'u', clientId: 'c', role: 'teacher', schoolId: school });

describe('access policy', () => {
  it('keeps a teacher inside its school on the way in and out', () => {
    expect(teacher.writeProblem('students', 'upsert', { schoolId: school }, { schoolId: school })).toBeNull();
    expect(teacher.writeProblem('students', 'upsert', { schoolId: school }, { schoolId: other })).toBe('forbidden');
    expect(teacher.writeProblem('students', 'upsert', { schoolId: other }, undefined)).toBe('forbidden');
    expect(teacher.writeProblem('schools', 'upsert', { id: school }, { id: school })).toBeNull();
    expect(teacher.writeProblem('schools', 'delete', { id: school }, undefined)).toBe('forbidden');
    expect(teacher.writeProblem('seekers', 'upsert', undefined, undefined)).toBe('forbidden');
    expect(teacher.canRead('students', school)).toBe(true);
    expect(teacher.canRead('students', other)).toBe(false);
    expect(teacher.canRead('companies', null)).toBe(false);
  });

  it('gives a counter seekers, counselling and companies only', () => {
    const counter = accessFor({ userId: 'u', clientId: 'c', role: 'counter', schoolId: null });
    expect(['seekers', 'counsellingRecords', 'companies', 'successFees', 'trialPlacements', 'students'].map((e) => counter.canRead(e, null))).toEqual([true, true, true, false, false, false]);
  });

  it('fingerprints role and school', () => {
    const all = [scopeFingerprint('teacher', school), scopeFingerprint('teacher', other), scopeFingerprint('counter', null), scopeFingerprint('coordinator', null), scopeFingerprint('admin', null)];
    expect(new Set(all).size).toBe(all.length);
    expect(teacher.fingerprint).toBe(scopeFingerprint('teacher', school));
  });
});
