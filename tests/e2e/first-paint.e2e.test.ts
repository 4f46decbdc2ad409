/**
 * The first screen painted by index.html before the app's script runs (src/main.tsx hydrates it): the
 * passcode screen on a device with a live lock hint, the sign-in screen on a first visit. Text typed
 * and a tap on the submit button made before the app is there are kept and acted on once it is,
 * without a reload; the app adopts the painted nodes (the same fields, no hydration error) and the
 * Content-Security-Policy lets the inline script run. The screen's code is held back by the test so
 * the "before" is certain; service workers are blocked so the test's routing sees every request.
 */
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { demoUser } from './support/demo-auth';
import { E2E_PASSCODE, setPasscodeIfAsked, signIn } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

describe('the first screen painted before the app', () => {
  let server: SyncServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      // (The app's service worker cannot register in this context: blocked, see above.)
      if (message.type() === 'error' && !message.text().startsWith('service worker registration failed')) problems.push(message.text());
    });
  };

  const adopted = (node: Element) => Object.keys(node).some((key) => key.startsWith('__reactFiber$'));
  /** Opens `path` in a new page of `context` with the screen's code (`chunk`, a glob under assets/) held back until `release()`. */
  const openHeld = async (context: BrowserContext, path: string, chunk: string) => {
    const page = await context.newPage();
    watch(page);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/assets/${chunk}`, async (route: Route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}${path}`);
    return { page, release };
  };

  beforeAll(async () => {
    server = await startSyncServer({ demo: { seekers: 5 } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps digits typed and a tap made before the app runs, and the app adopts the painted field', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', serviceWorkers: 'block' });
    try {
      const first = await context.newPage();
      await first.goto(`${server.url}/seekers`);
      await signIn(first, 'coordinator');
      await first.getByTestId('app-menu').waitFor();

      // A new tab is not unlocked: the lock hint makes index.html paint the passcode screen. Its code is held back.
      const openLocked = async () => {
        const { page, release } = await openHeld(context, '/seekers', 'passcode-lock-screen-*.js');
        const field = page.getByRole('textbox', { name: /^パスコード/ });
        await field.waitFor();
        expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('password');
        return { page, field, release };
      };

      // Typed before the app: the app adopts the same field, digits included.
      const typed = await openLocked();
      await typed.field.pressSequentially(E2E_PASSCODE);
      const painted = (await typed.field.elementHandle())!;
      expect(await painted.evaluate(adopted)).toBe(false);
      typed.release();
      await typed.page.waitForFunction((node) => Object.keys(node).some((key) => key.startsWith('__reactFiber$')), painted);
      expect(await painted.evaluate((node) => (node as HTMLInputElement).value)).toBe(E2E_PASSCODE);
      await typed.page.getByRole('button', { name: 'ロックを解除' }).click();
      await typed.page.getByTestId('app-menu').waitFor();
      await typed.page.close();

      // Typed and tapped before the app: the tap is held (no reload), then unlocks.
      const tapped = await openLocked();
      await tapped.field.pressSequentially(E2E_PASSCODE);
      await tapped.page.getByRole('button', { name: 'ロックを解除' }).click();
      expect(tapped.page.url()).toBe(`${server.url}/seekers`);
      tapped.release();
      await tapped.page.getByTestId('app-menu').waitFor();
      expect(tapped.page.url()).toBe(`${server.url}/seekers`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
  it('on a first visit, keeps an id and password typed and a tap made before the app runs, and the app adopts the painted fields', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', serviceWorkers: 'block' });
    try {
      const user = demoUser('coordinator');
      const openFirstVisit = async () => {
        const opened = await openHeld(context, '/seekers', 'sign-in-screen-*.js');
        await opened.page.getByRole('heading', { name: 'サインイン', exact: true }).waitFor();
        expect(await opened.page.evaluate(() => document.getElementById('root')?.dataset['firstScreen'])).toBe('sign-in');
        return { ...opened, loginId: opened.page.getByLabel(/^ログインID/), password: opened.page.getByLabel(/^パスワード/) };
      };

      // Typed before the app: the app adopts the same fields, text included; a submit with the password missing says so.
      const typed = await openFirstVisit();
      await typed.loginId.pressSequentially(user.loginId);
      const painted = (await typed.loginId.elementHandle())!;
      expect(await painted.evaluate(adopted)).toBe(false);
      // Where every heading, text, label, field and button sits: the app's taking over moves none of them.
      const boxes = () =>
        typed.page.evaluate(() =>
          [...document.querySelectorAll('#root :is(h1, p, label, input, button)')].map((node) => {
            const { x, y, width, height } = node.getBoundingClientRect();
            return [node.tagName, x, y, width, height];
          }),
        );
      const paintedBoxes = await boxes();
      typed.release();
      await typed.page.waitForFunction((node) => Object.keys(node).some((key) => key.startsWith('__reactFiber$')), painted);
      expect(await typed.loginId.inputValue()).toBe(user.loginId);
      expect(await boxes()).toEqual(paintedBoxes);
      await typed.page.getByRole('button', { name: 'サインイン', exact: true }).click();
      await typed.page.getByText('入力してください').waitFor();
      await expect.poll(() => typed.page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('password');
      await typed.password.fill(user.password);
      await typed.page.getByText('入力してください').waitFor({ state: 'detached' });
      await typed.page.getByRole('button', { name: 'サインイン', exact: true }).click();
      await setPasscodeIfAsked(typed.page);
    } finally {
      await context.close();
    }

    // A device never signed in (a new context): typed and tapped before the app, the tap is held (no reload), then signs in.
    const fresh = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', serviceWorkers: 'block' });
    try {
      const user = demoUser('coordinator');
      const tapped = await openHeld(fresh, '/seekers', 'sign-in-screen-*.js');
      await tapped.page.getByRole('heading', { name: 'サインイン', exact: true }).waitFor();
      await tapped.page.getByLabel(/^ログインID/).pressSequentially(user.loginId);
      await tapped.page.getByLabel(/^パスワード/).pressSequentially(user.password);
      await tapped.page.getByRole('button', { name: 'サインイン', exact: true }).click();
      expect(await tapped.page.evaluate(() => document.getElementById('root')?.dataset['heldSubmit'])).toBe('');
      expect(tapped.page.url()).toBe(`${server.url}/seekers`);
      tapped.release();
      await setPasscodeIfAsked(tapped.page);
      expect(tapped.page.url()).toBe(`${server.url}/seekers`);
      expect(problems).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
