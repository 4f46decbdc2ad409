/**
 * Printing a record's page or a list (app/print.css): with print media, no header bar, navigation,
 * menu, button or form is shown, the text is black on white, a virtual list has every row (not only
 * the ones on screen), and the pages are A4. Each printout is saved as a full-page
 * screenshot at A4 width (tests/e2e/screenshots/print-*.png) for a person to look at.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCREENS, openScreen, type AppScreen } from './support/app-screens';
import { launchBrowser, newTabletContext } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

/** A4 at 96 dpi, less the page margins of print.css. */
const A4_PRINTABLE = { width: 703, height: 1017 };
const PRINTED = ['seekers', 'seeker', 'companies', 'company', 'placement', 'fees', 'today', 'report'];

/** What a printout shows that it should not, and the colours of its text and page. */
const printedFrame = (page: Page) =>
  page.evaluate(() => {
    const shown = (selector: string) => [...document.querySelectorAll(selector)].filter((el) => el.checkVisibility()).length;
    const body = getComputedStyle(document.body);
    return {
      header: shown('.app-header'),
      navigation: shown('nav'),
      buttons: shown('button, .button'),
      forms: shown('form'),
      text: getComputedStyle(document.querySelector('main h1')!).color,
      page: body.backgroundColor === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.documentElement).backgroundColor : body.backgroundColor,
    };
  });

describe('printing', () => {
  let server: SyncServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startSyncServer({ demo: { seekers: 60 } });
    browser = await launchBrowser();
    page = await (await newTabletContext(browser)).newPage();
    await page.goto(`${server.url}/seekers`);
    await signIn(page, 'coordinator');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const name of PRINTED) {
    it(`prints the ${name} screen as content only, black on white`, async () => {
      const screen = APP_SCREENS.find((s): s is AppScreen => s.name === name && s.role === 'coordinator')!;
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.emulateMedia({ media: 'screen' });
      await openScreen(page, server.url, server.data, screen);
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize(A4_PRINTABLE);
      expect(await printedFrame(page)).toEqual({ header: 0, navigation: 0, buttons: 0, forms: 0, text: 'rgb(0, 0, 0)', page: 'rgb(255, 255, 255)' });
      await saveScreenshot(page, `print-${name}`, { fullPage: true });
    });
  }

  it('prints every row of a virtual list, not only those on screen', async () => {
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${server.url}/seekers`);
    await page.locator('.vlist__row a').first().waitFor();
    const onScreen = await page.locator('.vlist__row').count();
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.vlist__print li').count()).toBe(server.data.seekers.length);
    expect(onScreen).toBeLessThan(server.data.seekers.length);
  });

  it('asks for A4 pages', async () => {
    const sizes = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).flatMap((rule) => (rule instanceof CSSMediaRule ? [...rule.cssRules] : [rule])).filter((rule) => rule instanceof CSSPageRule).map((rule) => (rule as CSSPageRule).style.getPropertyValue('size')),
    );
    expect(sizes.map((size) => size.toUpperCase())).toEqual(['A4']);
  });
});
