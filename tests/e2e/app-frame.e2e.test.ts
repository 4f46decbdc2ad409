/**
 * The frame around the screens on a tablet held in one hand: one row of header (at most 64 px, every
 * navigation link in sight) at 1024×768 and 768×1024 for every role, in Japanese and in English; the header's menu works with a
 * keyboard (Enter opens, Tab goes through it, Escape closes and gives the focus back) and closes on a
 * tap outside or when one of its links is followed; the install hint shows once, floating over the
 * page instead of pushing it down, while 設定 keeps the way to install. Screenshots of the seeker list,
 * a form with its errors and a seeker's page at both sizes (tests/e2e/screenshots/frame-*.png).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility';
import { openAppMenu } from './support/app-menu';
import { APP_SCREENS, ROLES_WITH_SCREENS, TABLET_SIZES } from './support/app-screens';
import { launchBrowser, newTabletContext } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { fillNewSeeker } from './support/seeker-form';
import { signIn } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

const MAX_HEADER_PX = 64;

/**
 * The header's height, whether its parts sit on one row (none starts below another's bottom), and whether
 * every link of the navigation is in sight (it scrolls sideways rather than wrap: a screen that does not
 * fit belongs in the menu, src/app/app-menu-panel.tsx).
 */
const headerShape = (page: Page) =>
  page.locator('.app-header').evaluate((header) => {
    const parts = [...header.children].filter((el) => el.checkVisibility()).map((el) => el.getBoundingClientRect());
    const firstBottom = Math.min(...parts.map((box) => box.bottom));
    const nav = header.querySelector('nav')!;
    return { height: header.getBoundingClientRect().height, oneRow: parts.every((box) => box.top < firstBottom), navFits: nav.scrollWidth <= nav.clientWidth + 1 };
  });

/** Chromium's install offer, as start-pwa.ts receives it (the event fires only for a real, installable profile). */
const offerInstall = (page: Page) =>
  page.evaluate(() => {
    const offer = Object.assign(new Event('beforeinstallprompt'), { prompt: async () => {}, userChoice: Promise.resolve({ outcome: 'dismissed' }) });
    window.dispatchEvent(offer);
  });

describe('the app frame on a tablet', () => {
  let server: SyncServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startSyncServer({ demo: { seekers: 30 } });
    browser = await launchBrowser();
    context = await newTabletContext(browser);
    page = await context.newPage();
    await page.goto(`${server.url}/seekers`);
    await signIn(page, 'coordinator');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps the header to one row of at most 64 px with every link in sight, for every role, in Japanese and English', async () => {
    const found: string[] = [];
    for (const role of ROLES_WITH_SCREENS) {
      const roleContext = role === 'coordinator' ? context : await newTabletContext(browser);
      const rolePage = role === 'coordinator' ? page : await roleContext.newPage();
      const home = APP_SCREENS.find((s) => s.role === role)!;
      await rolePage.goto(`${server.url}${home.path(server.data)}`);
      if (role !== 'coordinator') await signIn(rolePage, role);
      for (const lang of ['ja', 'en'] as const) {
        for (const size of TABLET_SIZES) {
          await rolePage.setViewportSize(size);
          const { height, oneRow, navFits } = await headerShape(rolePage);
          if (height > MAX_HEADER_PX || !oneRow || !navFits) {
            found.push(`${role} ${lang} ${size.width}×${size.height}: ${Math.round(height)} px${oneRow ? '' : ', more than one row'}${navFits ? '' : ', links out of sight'}`);
          }
        }
        // Back to Japanese at the end: the other tests read Japanese words.
        await (await openAppMenu(rolePage)).getByRole('button', { name: lang === 'ja' ? 'English' : '日本語' }).click();
        await rolePage.locator('html').and(rolePage.locator(`[lang="${lang === 'ja' ? 'en' : 'ja'}"]`)).waitFor();
        await rolePage.getByTestId('app-menu').click();
      }
      if (role !== 'coordinator') await roleContext.close();
    }
    expect(found).toEqual([]);
    await page.setViewportSize(TABLET_SIZES[0]);
  });

  it('keeps every link in sight on a portrait tablet with the widest status: offline, with unsent changes', async () => {
    await page.setViewportSize(TABLET_SIZES[1]);
    await page.goto(`${server.url}/seekers/new`);
    await page.locator('main h1').waitFor();
    await context.setOffline(true);
    await fillNewSeeker(page, { familyName: '大雪', givenName: '陽菜', familyNameKana: 'たいせつ', givenNameKana: 'ひな', birthDate: '1990-02-03', phone: '0166-55-1234', town: 'asahikawa' });
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByTestId('pending-count').waitFor();
    // The write's push attempt finds no network.
    await page.getByTestId('sync-status').and(page.getByText('オフライン')).waitFor();
    const found: string[] = [];
    for (const lang of ['ja', 'en'] as const) {
      const { height, oneRow, navFits } = await headerShape(page);
      if (height > MAX_HEADER_PX || !oneRow || !navFits) found.push(`${lang}: ${Math.round(height)} px, one row ${oneRow}, links in sight ${navFits}`);
      await (await openAppMenu(page)).getByRole('button', { name: lang === 'ja' ? 'English' : '日本語' }).click();
      await page.locator('html').and(page.locator(`[lang="${lang === 'ja' ? 'en' : 'ja'}"]`)).waitFor();
      await page.getByTestId('app-menu').click();
    }
    await saveScreenshot(page, 'frame-offline-pending-768');
    expect(found).toEqual([]);
    await context.setOffline(false);
    await (await openAppMenu(page)).getByRole('button', { name: '今すぐ同期' }).click();
    await page.getByTestId('pending-count').waitFor({ state: 'detached' });
    await page.setViewportSize(TABLET_SIZES[0]);
  });

  it('opens the menu with Enter, goes through it with Tab and closes it with Escape, the focus back on its button', async () => {
    await page.goto(`${server.url}/seekers`);
    const button = page.getByTestId('app-menu');
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator('.app-menu__panel');
    await panel.getByTestId('current-user').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.app-menu__panel') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('app-menu');

    // Tabbing past its last item closes it: it never stays open over the screen.
    await page.keyboard.press('Enter');
    await panel.getByRole('button', { name: 'サインアウト' }).focus();
    await page.keyboard.press('Tab');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes the menu on a tap outside it and when one of its links is followed', async () => {
    // From a screen the menu's link leads away from, whatever the suites before left open.
    await page.goto(`${server.url}/seekers`);
    await page.locator('main h1').waitFor();
    const expanded = () => page.getByTestId('app-menu').getAttribute('aria-expanded');
    await openAppMenu(page);
    await page.locator('main h1').tap();
    await expect.poll(expanded).toBe('false');
    await (await openAppMenu(page)).getByRole('link', { name: '設定' }).tap();
    await page.waitForURL(/\/settings$/u);
    await expect.poll(expanded).toBe('false');
  });

  it('shows the install hint once, over the page instead of above it, and keeps installing in 設定', async () => {
    await page.goto(`${server.url}/seekers`);
    const heading = page.locator('main h1');
    await heading.waitFor();
    const before = await heading.boundingBox();
    const hint = page.getByTestId('install-hint');
    await expect.poll(async () => (await offerInstall(page), hint.isVisible())).toBe(true);
    expect(await heading.boundingBox()).toEqual(before);
    expect(await hint.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    await saveScreenshot(page, 'frame-install-hint-1024');
    await hint.getByRole('button', { name: '閉じる' }).tap();
    await hint.waitFor({ state: 'detached' });

    await page.goto(`${server.url}/settings`);
    const install = page.getByRole('button', { name: 'アプリをインストール' });
    await expect.poll(async () => (await offerInstall(page), install.isVisible())).toBe(true);
    expect(await hint.count()).toBe(0);
  });

  it('is photographed with the seeker list, a form with its errors and a seeker page at both sizes', async () => {
    const seeker = server.data.trialPlacements[0]!.seekerId;
    for (const size of TABLET_SIZES) {
      await page.setViewportSize(size);
      await page.goto(`${server.url}/seekers`);
      await page.locator('.vlist__row a').first().waitFor();
      await saveScreenshot(page, `frame-seekers-${size.width}`);
      await page.goto(`${server.url}/seekers/new`);
      await page.getByLabel(/^電話番号/).fill('abc');
      await page.getByRole('button', { name: '保存', exact: true }).tap();
      await page.locator('main .field__error').first().waitFor();
      await saveScreenshot(page, `frame-form-errors-${size.width}`);
      await page.goto(`${server.url}/seekers/${seeker}`);
      await page.locator('main h1').waitFor();
      await saveScreenshot(page, `frame-seeker-${size.width}`);
    }
  });
});
