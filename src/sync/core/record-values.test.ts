import { describe, expect, it } from 'vitest';
import { userFields, valuesEqual } from './record-values';

describe('valuesEqual', () => {
  it.each([
    [1, 1, true],
    ['a', 'b', false],
    [null, undefined, false],
    [[1, 2], [1, 2], true],
    [[1, 2], [2, 1], false],
    [{ a: 1, b: [{ c: 2 }] }, { b: [{ c: 2 }], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, true],
    [{ a: 1 }, [1], false],
  ])('compares %j and %j as %s', (a, b, expected) => {
    expect(valuesEqual(a, b)).toBe(expected);
  });
});

describe('userFields', () => {
  it('drops the meta fields the server owns', () => {
    expect(userFields({ id: 'x', version: 3, deleted: false, updatedAt: 't', createdAt: 't', name: 'n' })).toEqual({ name: 'n' });
  });
});
