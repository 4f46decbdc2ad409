import { describe, expect, it } from 'vitest';
import { attendanceId, derivedId, ID_NAMESPACE, newId } from './ids';
import { idSchema } from './fields';

const isUuid = (id: string) => idSchema.safeParse(id).success;

describe('derivedId', () => {
  it('gives the same id for the same parts every time', () => {
    expect(derivedId('attendance', 'a', 'b')).toBe(derivedId('attendance', 'a', 'b'));
  });

  it('is a name-based UUID (version 5, RFC variant) that the id schema accepts', () => {
    for (const parts of [[''], ['x'], ['出欠', '生徒'], ['a'.repeat(1000)]]) {
      const id = derivedId(...parts);
      expect(isUuid(id), id).toBe(true);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u);
    }
  });

  it('is the standard v5 of the joined parts, so any uuid library derives the same id', async () => {
    const { v5 } = await import('uuid');
    expect(derivedId('attendance', 's', 't')).toBe(v5('attendance\u0000s\u0000t', ID_NAMESPACE));
  });

  it('distinguishes where one part ends and the next begins', () => {
    expect(derivedId('ab', 'c')).not.toBe(derivedId('a', 'bc'));
    expect(derivedId('a', 'b')).not.toBe(derivedId('ab'));
  });

  it('gives distinct ids to 90,000 session × student pairs', () => {
    const ids = new Set<string>();
    for (let s = 0; s < 300; s++) for (let u = 0; u < 300; u++) ids.add(attendanceId(`session-${s}`, `student-${u}`));
    expect(ids.size).toBe(90_000);
  });
});

describe('attendanceId', () => {
  it('lets two devices marking the same student at the same session land on one record', () => {
    const session = newId();
    const student = newId();
    expect(attendanceId(session, student)).toBe(attendanceId(session, student));
  });

  it('depends on which id is the session and which the student', () => {
    expect(attendanceId('s', 't')).not.toBe(attendanceId('t', 's'));
  });

  it('cannot collide with a derived id of another purpose over the same ids', () => {
    expect(attendanceId('s', 't')).not.toBe(derivedId('s', 't'));
  });
});

describe('newId', () => {
  it('makes a fresh valid UUID on each call', () => {
    const a = newId();
    const b = newId();
    expect(isUuid(a)).toBe(true);
    expect(a).not.toBe(b);
  });
});
