import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinLabels } from './join-labels';

/** Every source file of the app, tests left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/u.test(entry.name) && !/\.test\.tsx?$/u.test(entry.name) ? [path] : [];
  });
}

describe('joinLabels', () => {
  it('joins with 、 in Japanese and ", " in English', () => {
    expect(joinLabels(['医療・福祉', 'サービス'], 'ja')).toBe('医療・福祉、サービス');
    expect(joinLabels(['Medical', 'Services'], 'en')).toBe('Medical, Services');
    expect(joinLabels([], 'en')).toBe('');
  });

  it('is the only place a list of labels is joined with a Japanese comma or dot', () => {
    const offenders = sourceFiles(join(process.cwd(), 'src')).filter((file) => /\.join\(\s*['"`][、・]['"`]\s*\)/u.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
