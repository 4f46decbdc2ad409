/**
 * Keyboard operation, as someone without a mouse or touch works: sign in and set the passcode with
 * typing, Tab and Enter; skip to the main content; reach every control of the seeker form in order;
 * a failed save puts the focus on the first field in error; open a seeker from the list; the
 * sign-out dialog keeps the focus inside and gives it back to its button when closed (Escape or
 * キャンセル). Focus is always visible (a 3 px outline).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppMenu } from './support/app-menu';
import { openTabletPage, type TabletPage } from './support/browser';
import { demoUser } from './support/demo-auth';
import { E2E_PASSCODE } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

/** The focused element, as a keyboard user meets it: its role-ish tag and accessible name. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', name: '', outline: 'none', inDialog: false };
    const labelled = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      name: labelled.replace(/\s+/g, ' ').trim(),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
      inDialog: el.closest('dialog') !== null,
    };
  });

/** Presses Tab until the focused element's name matches, or it matches the CSS selector (at most `max` times). */
async function tabTo(page: Page, target: RegExp | string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (typeof target === 'string' ? await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, target) : target.test((await focused(page)).name)) return;
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

describe('keyboard operation', () => {
  let server: SyncServer;
  let tablet: TabletPage;
  let page: Page;

  beforeAll(async () => {
    server = await startSyncServer({ demo: { seekers: 20 } });
    tablet = await openTabletPage();
    ({ page } = tablet);
  });

  afterAll(async () => {
    await tablet?.close();
    await server?.close();
  });

  it('signs in and sets the passcode with typing, Tab and Enter only', async () => {
    await page.goto(`${server.url}/seekers`);
    await page.getByRole('heading', { name: 'サインイン', exact: true }).waitFor();
    const user = demoUser('coordinator');
    await tabTo(page, /^ログインID/);
    await page.keyboard.type(user.loginId);
    expect((await focused(page)).outline).toMatch(/^solid [23]px$/);
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toMatch(/^パスワード/);
    await page.keyboard.type(user.password);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'パスコードの設定' }).waitFor();
    await tabTo(page, /^パスコード（数字/);
    await page.keyboard.type(E2E_PASSCODE);
    await tabTo(page, /^パスコード（確認/);
    await page.keyboard.type(E2E_PASSCODE);
    await page.keyboard.press('Enter');
    await page.getByTestId('app-menu').waitFor();
  });

  it('offers a skip link first, which moves the focus to the main content', async () => {
    await page.locator('.vlist__row a').first().waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip.name).toBe('メインコンテンツへ移動');
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.x >= 0 && box.y >= 0).toBe(true); // shown on screen once focused
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('opens a seeker from the list with Enter', async () => {
    await tabTo(page, '.vlist__row a');
    const name = await page.evaluate(() => document.activeElement?.querySelector('.row-link__name')?.textContent?.trim());
    expect(name).toBeTruthy();
    expect((await focused(page)).outline).toMatch(/^solid [23]px$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name }).waitFor();
  });

  it('reaches every control of the seeker form in order, and a failed save focuses the first field in error', async () => {
    await page.goto(`${server.url}/seekers/new`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Numbered in DOM order; a date field takes several Tabs (year, month, day) but counts once.
    const count = await page.locator('main form').locator('input:not([type=hidden]), select, textarea, button').evaluateAll((els) => {
      const enabled = els.filter((el) => !(el as HTMLInputElement).disabled);
      enabled.forEach((el, i) => el.setAttribute('data-kb-order', String(i)));
      return enabled.length;
    });
    expect(count).toBeGreaterThan(20);
    await page.locator('main h1').focus();
    const reached: number[] = [];
    for (let i = 0; i < count * 3 && reached.length < count; i++) {
      await page.keyboard.press('Tab');
      const order = await page.evaluate(() => document.activeElement?.closest('[data-kb-order]')?.getAttribute('data-kb-order') ?? null);
      if (order !== null && Number(order) !== reached.at(-1)) reached.push(Number(order));
    }
    expect(reached).toEqual([...Array(count).keys()]);

    while ((await focused(page)).name !== '保存') await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.locator('[aria-invalid="true"]').first().waitFor();
    const first = await page.locator('[aria-invalid="true"]').first().getAttribute('name');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(first);
  });

  it('keeps the focus inside the sign-out dialog and returns it to its button when closed', async () => {
    await page.getByRole('button', { name: 'キャンセル' }).click();
    const signOut = (await openAppMenu(page)).getByRole('button', { name: 'サインアウト' });
    for (const close of ['Escape', 'キャンセル'] as const) {
      await signOut.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByTestId('sign-out-dialog');
      await dialog.waitFor();
      expect((await focused(page)).inDialog).toBe(true);
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press('Tab');
        const now = await focused(page);
        // Focus may pass through the browser's own UI between the dialog's ends, never the page behind.
        expect(now.tag === 'body' || now.inDialog).toBe(true);
      }
      if (close === 'Escape') await page.keyboard.press('Escape');
      else await dialog.getByRole('button', { name: 'キャンセル' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect((await focused(page)).name).toBe('サインアウト');
    }
    expect(tablet.errors).toEqual([]);
  });
});
