import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_NAMES } from '../../../src/domain/rule-types';
import { domainJa } from '../../../src/lib/i18n/domain-ja';
import { trialJa } from '../../../src/lib/i18n/trial-ja';

describe('docs/domain-rules.md', () => {
  const page = readFileSync(path.resolve('docs/domain-rules.md'), 'utf8');

  it('names every rule with the message the app shows', () => {
    for (const rule of RULE_NAMES) {
      expect(page, rule).toContain(`| \`${rule}\` |`);
      expect(page, rule).toContain(({ ...domainJa, ...trialJa } as Record<string, string>)[`rules.${rule}`]);
    }
  });
});
