/**
 * Touch targets of at least 44 × 44 px on every screen of every role (support/app-screens.ts), at both
 * tablet sizes: links, buttons, fields, selects, checkbox and radio labels, disclosure summaries and
 * what they fold away, the skip link once focused, the header menu once opened, and the sign-in, passcode and lock screens.
 * One run lists every undersized target of every screen, so a finding names the screen, the size,
 * the element and its box.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCREENS, openScreen, ROLES_WITH_SCREENS, TABLET_SIZES } from './support/app-screens';
import { launchBrowser, newTabletContext } from './support/browser';
import { fillSignIn, setPasscodeIfAsked } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';
import { undersizedTargets } from './support/touch-targets';

const nextFrame = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));

/** Opens every closed <details> in the page; true if there was one. */
const openEveryDisclosure = () => {
  const closed = [...document.querySelectorAll('main details:not([open])')];
  closed.forEach((details) => details.setAttribute('open', ''));
  return closed.length > 0;
};

describe('touch targets', () => {
  let server: SyncServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startSyncServer({ demo: { seekers: 40 } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Measures the page as it is now at both tablet sizes; `prepare` runs after each resize (e.g. focusing the skip link). */
  const measure = async (page: Page, where: string, found: string[], prepare?: () => Promise<void>) => {
    for (const size of TABLET_SIZES) {
      await page.setViewportSize(size);
      await nextFrame(page);
      if (prepare) await prepare();
      for (const line of await undersizedTargets(page)) found.push(`${where} ${size.width}×${size.height}: ${line}`);
    }
  };

  for (const role of ROLES_WITH_SCREENS) {
    it(`are at least 44 px on every ${role} screen`, async () => {
      const found: string[] = [];
      const context = await newTabletContext(browser);
      const page = await context.newPage();
      const screens = APP_SCREENS.filter((s) => s.role === role);
      await page.goto(`${server.url}${screens[0]!.path(server.data)}`);
      await page.getByRole('heading', { name: 'サインイン', exact: true }).waitFor();
      await measure(page, 'sign-in', found);
      await fillSignIn(page, role);
      await page.getByRole('heading', { name: 'パスコードの設定' }).waitFor();
      await measure(page, 'passcode setup', found);
      await setPasscodeIfAsked(page);

      for (const screen of screens) {
        await openScreen(page, server.url, server.data, screen);
        await measure(page, screen.name, found);
        // The forms folded away on the screen (add a consent, a counselling record, a user) are held to it too.
        if (await page.evaluate(openEveryDisclosure)) await measure(page, `${screen.name} unfolded`, found);
      }
      await measure(page, 'skip link', found, async () => {
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.keyboard.press('Tab');
      });
      await measure(page, 'header menu', found, async () => {
        const menu = page.getByTestId('app-menu');
        if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
        await page.locator('.app-menu__panel .user-menu').waitFor();
      });

      const reopened = await context.newPage();
      await reopened.goto(`${server.url}/settings`);
      await reopened.getByRole('button', { name: 'ロックを解除' }).waitFor();
      await measure(reopened, 'passcode lock', found);

      expect(found).toEqual([]);
      await context.close();
    }, 300_000);
  }
});
