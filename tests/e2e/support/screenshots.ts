// Screenshots land in tests/e2e/screenshots/ (gitignored) so a person can look at them after a run.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const screenshotsDir = fileURLToPath(new URL('../screenshots', import.meta.url));

/** Saves a PNG of the viewport (or of the whole page) as tests/e2e/screenshots/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string, { fullPage = false } = {}): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    throw new Error(`screenshot name must be kebab-case: ${name}`);
  }
  await mkdir(screenshotsDir, { recursive: true });
  const file = path.join(screenshotsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
