import { describe, expect, it } from 'vitest';
import { classLabel } from './class-label';

describe('classLabel', () => {
  it('keeps a class name that already says the grade', () => {
    expect(classLabel(2, '2年1組', '2年')).toBe('2年1組');
    expect(classLabel(2, '2-1', '2年')).toBe('2-1');
  });

  it('puts the grade before a class name without it', () => {
    expect(classLabel(2, '1組', '2年')).toBe('2年 1組');
    expect(classLabel(3, 'A', 'Year 3')).toBe('Year 3 A');
  });

  it('says only the grade when there is no class', () => {
    expect(classLabel(1, '', '1年')).toBe('1年');
  });
});
