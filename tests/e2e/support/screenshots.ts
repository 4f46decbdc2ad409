// Screenshots land in tests/e2e/screenshots/ (gitignored) so a person can look at them after a run.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';

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

/**
 * Photographs the page at both tablet sizes (`<name>-1024`, `<name>-768`), each scrolled to the part the
 * picture is about and out from under the sticky header, then puts the viewport back to `after`.
 */
export async function photographAtTabletSizes(page: Page, name: string, about: Locator, after: { width: number; height: number }): Promise<void> {
  for (const [width, height] of [[1024, 768], [768, 1024]] as const) {
    await page.setViewportSize({ width, height });
    await about.evaluate((element) => {
      element.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -((document.querySelector('header')?.getBoundingClientRect().height ?? 0) + 16));
    });
    await saveScreenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize(after);
}
