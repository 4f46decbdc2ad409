/**
 * Which school a record belongs to, stored next to it so a teacher's pull is one indexed filter.
 * Schools scope themselves; anything carrying `schoolId` (students, programmes, sessions,
 * internships, attendance) belongs to that school; the rest (seekers, companies...) is programme-wide.
 */
export function scopeSchoolIdOf(entity: string, record: Record<string, unknown>): string | null {
  if (entity === 'schools') return typeof record['id'] === 'string' ? record['id'] : null;
  const schoolId = record['schoolId'];
  return typeof schoolId === 'string' && schoolId !== '' ? schoolId : null;
}
