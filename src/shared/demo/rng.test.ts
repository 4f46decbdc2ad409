import { describe, expect, it } from 'vitest';
import { createRng, seedFrom, shuffled } from './rng';

const draw = (seed: number, ...labels: string[]) => {
  const rng = createRng(seed, ...labels);
  return Array.from({ length: 5 }, () => rng.next());
};

describe('createRng', () => {
  it('repeats the same sequence for the same seed and labels', () => {
    expect(draw(1, 'seekers')).toEqual(draw(1, 'seekers'));
  });

  it('gives unrelated sequences to neighbouring seeds and to different labels', () => {
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(1, 'seekers')).not.toEqual(draw(1, 'companies'));
    expect(seedFrom(1, 'a')).not.toBe(seedFrom(2, 'a'));
  });

  it('draws integers over the whole inclusive range and nothing outside it', () => {
    const rng = createRng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(rng.int(1, 6));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('never picks a value of weight zero and follows the weights roughly', () => {
    const rng = createRng(4);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 4000; i++)
      counts[
        rng.weighted([
          ['a', 3],
          ['b', 1],
          ['c', 0],
        ] as const)
      ]++;
    expect(counts.c).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRng(5).pick([])).toThrow(RangeError);
  });

  it('makes distinct version-4 UUIDs', () => {
    const rng = createRng(6);
    const ids = Array.from({ length: 1000 }, () => rng.uuid());
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u);
  });
});

describe('shuffled', () => {
  it('returns a reordering of the same items and leaves the input alone', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const out = shuffled(createRng(7), items);
    expect(out).not.toEqual(items);
    expect([...out].sort((a, b) => a - b)).toEqual(items);
    expect(items[0]).toBe(0);
  });
});
