import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { FIRST_SCREEN_SCRIPT_HASH } from './security-headers';

test("the Content-Security-Policy allows index.html's inline script, and only it", () => {
  const scripts = [...readFileSync('index.html', 'utf8').matchAll(/<script>(.*?)<\/script>/gsu)].map((m) => m[1]!);
  expect(scripts).toHaveLength(1);
  const hash = createHash('sha256').update(scripts[0]!, 'utf8').digest('base64');
  expect(FIRST_SCREEN_SCRIPT_HASH, 'update FIRST_SCREEN_SCRIPT_HASH after changing the script').toBe(`'sha256-${hash}'`);
});
