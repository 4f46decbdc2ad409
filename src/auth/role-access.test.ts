import { describe, expect, it } from 'vitest';
import { canUse, homePath } from './role-access';

describe('homePath', () => {
  it('opens coordinators and admins on their day, counter staff on the seekers, teachers on their school', () => {
    expect(homePath('coordinator')).toBe('/today');
    expect(homePath('admin')).toBe('/today');
    expect(homePath('counter')).toBe('/seekers');
    expect(homePath('teacher')).toBe('/teacher');
  });
});

describe('canUse', () => {
  it('keeps the success fees from counter staff and teachers', () => {
    expect(canUse('coordinator', 'fees')).toBe(true);
    expect(canUse('admin', 'fees')).toBe(true);
    expect(canUse('counter', 'fees')).toBe(false);
    expect(canUse('teacher', 'fees')).toBe(false);
  });
});

describe('the grant report', () => {
  it('is for admins and coordinators only: it reads every record of the programme', () => {
    expect(canUse('coordinator', 'report')).toBe(true);
    expect(canUse('admin', 'report')).toBe(true);
    expect(canUse('counter', 'report')).toBe(false);
    expect(canUse('teacher', 'report')).toBe(false);
  });
});
