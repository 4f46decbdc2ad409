import { describe, expect, it } from 'vitest';
import { assignedStudentIds, assignmentWrites, placesHeld, placesHeldByOthers } from './internship-assignment';

const day = { id: 's', programmeId: 'p', schoolId: 'sch', kind: 'internship', date: '2026-07-10', companyId: 'c1' };
let n = 0;
const internship = (studentId: string, over: Partial<{ companyId: string; programmeId: string; startDate: string; endDate: string; status: string }> = {}) => ({
  id: `i${++n}`,
  studentId,
  companyId: 'c1',
  programmeId: 'p',
  startDate: '2026-07-10',
  endDate: '2026-07-10',
  status: 'planned',
  ...over,
});

describe('an internship day’s assignments', () => {
  it('creates a one-day internship (予定) for each student newly chosen', () => {
    expect(assignmentWrites({ before: undefined, after: day, chosen: new Set(['a', 'b']), internships: [] })).toEqual([
      { kind: 'create', fields: { studentId: 'a', schoolId: 'sch', companyId: 'c1', programmeId: 'p', startDate: '2026-07-10', endDate: '2026-07-10', status: 'planned', notes: '' } },
      { kind: 'create', fields: expect.objectContaining({ studentId: 'b' }) },
    ]);
  });

  it('leaves a student already covered as they are, and cancels the internship of one taken off', () => {
    const a = internship('a');
    const b = internship('b', { startDate: '2026-07-09', endDate: '2026-07-11' });
    expect(assignmentWrites({ before: day, after: day, chosen: new Set(['a']), internships: [a, b] })).toEqual([{ kind: 'update', id: b.id, changes: { status: 'cancelled' } }]);
  });

  it('moves the one-day internships along when the day or the host changes, and leaves none behind', () => {
    const a = internship('a');
    const long = internship('b', { startDate: '2026-07-09', endDate: '2026-07-11' });
    const after = { ...day, date: '2026-07-14', companyId: 'c2' };
    expect(assignmentWrites({ before: day, after, chosen: new Set(['a', 'b']), internships: [a, long] })).toEqual([
      { kind: 'update', id: a.id, changes: { companyId: 'c2', startDate: '2026-07-14', endDate: '2026-07-14' } },
      { kind: 'create', fields: expect.objectContaining({ studentId: 'b', companyId: 'c2', startDate: '2026-07-14' }) },
    ]);
  });

  it('cancels the old one-day internship of a student covered on the new day by another', () => {
    const old = internship('a');
    const covering = internship('a', { startDate: '2026-07-13', endDate: '2026-07-15' });
    const after = { ...day, date: '2026-07-14' };
    expect(assignmentWrites({ before: day, after, chosen: new Set(['a']), internships: [old, covering] })).toEqual([{ kind: 'update', id: old.id, changes: { status: 'cancelled' } }]);
  });

  it('keeps a done internship as history, and never touches another host’s day when the host was not chosen before', () => {
    const done = internship('a', { status: 'done' });
    expect(assignmentWrites({ before: day, after: day, chosen: new Set(), internships: [done] })).toEqual([]);
    const elsewhere = internship('x', { companyId: 'c9' });
    expect(assignmentWrites({ before: { ...day, companyId: '' }, after: day, chosen: new Set(), internships: [elsewhere] })).toEqual([]);
  });

  it('plans nothing for a class day or a day with no host', () => {
    expect(assignmentWrites({ before: undefined, after: { ...day, kind: 'pre_learning' }, chosen: new Set(['a']), internships: [] })).toEqual([]);
    expect(assignmentWrites({ before: undefined, after: { ...day, companyId: '' }, chosen: new Set(['a']), internships: [] })).toEqual([]);
  });

  it('tells who the day has now, a cancelled internship left out', () => {
    expect(assignedStudentIds(day, [internship('a'), internship('b', { status: 'cancelled' }), internship('c', { companyId: 'c2' })])).toEqual(new Set(['a']));
  });
});

describe('places at a host', () => {
  it('counts the planned and active internships overlapping the period', () => {
    const rows = [internship('a'), internship('b', { status: 'active', startDate: '2026-07-01', endDate: '2026-07-31' }), internship('c', { status: 'done' }), internship('d', { startDate: '2026-07-11', endDate: '2026-07-12' }), internship('e', { companyId: 'c2' })];
    expect(placesHeld(rows, 'c1', '2026-07-10', '2026-07-10')).toBe(2);
  });

  it('leaves the day’s own assignments out of what others hold', () => {
    const rows = [internship('a'), internship('b', { programmeId: 'other' })];
    expect(placesHeldByOthers(day, rows)).toBe(1);
  });
});
