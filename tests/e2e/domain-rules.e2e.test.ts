/**
 * The domain rules as a coordinator meets them in Chromium: a birth date the rules refuse is named
 * next to its field and nothing is saved; a seeker's status offers only the moves its lifecycle
 * allows; and deleting a seeker (in the app's own dialog, which says what goes) erases their
 * counselling notes on a second device once both have synced.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility';
import { syncNow } from './support/app-menu';
import { launchBrowser, newTabletContext } from './support/browser';
import { outboxCount } from './support/pwa-page';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

/** How many live counselling records of this seeker the device holds. */
const counsellingOnDevice = (page: Page, seekerId: string) =>
  page.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('trial-work-field');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('counsellingRecords').objectStore('counsellingRecords').index('seekerId').getAll(id);
          all.onsuccess = () => {
            resolve((all.result as { deleted: boolean }[]).filter((r) => !r.deleted).length);
            open.result.close();
          };
        };
      }),
    seekerId,
  );

describe('domain rules in the app', () => {
  let server: SyncServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let a: Page;
  let b: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startSyncServer();
    browser = await launchBrowser();
    for (let i = 0; i < 2; i++) contexts.push(await newTabletContext(browser));
    [a, b] = (await Promise.all(contexts.map((c) => c.newPage()))) as [Page, Page];
    for (const page of [a, b]) page.on('pageerror', (error) => errors.push(error.message));
    for (const page of [a, b]) {
      await page.goto(`${server.url}/seekers`);
      await signIn(page, 'coordinator');
      await page.getByTestId('sync-status').getByText(/に同期済み/).waitFor();
    }
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  it('refuses a birth date in the future next to the field, and saves nothing', async () => {
    await a.locator('.row-link').first().click();
    await a.getByRole('heading', { level: 1 }).waitFor();
    const url = a.url();
    await a.goto(`${url}/edit`);
    const birth = a.getByLabel(/^生年月日/).first();
    await birth.fill('2030-04-01');
    await a.getByRole('button', { name: '保存' }).click();
    await a.getByText('生年月日は、年齢が15歳から100歳になる日付にしてください').waitFor();
    await expect.poll(() => birth.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await outboxCount(a)).toBe(0);
    await saveScreenshot(a, 'rule-birth-date');
    expect(await accessibilityViolations(a)).toEqual([]);
  });

  it('offers only the statuses a seeker may move to next', async () => {
    const status = a.getByLabel(/^状況/).first();
    const options = await status.locator('option').allTextContents();
    const current = await status.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
    expect(options[0]).toBe(current);
    expect(options.length).toBeLessThan(5);
  });

  it('deletes a seeker with counselling notes in the app’s dialog, and the notes are gone on the second device after sync', async () => {
    // A seeker with counselling records, found on the device.
    const seekerId = await a.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('trial-work-field');
          open.onsuccess = () => {
            const req = open.result.transaction('counsellingRecords').objectStore('counsellingRecords').openCursor();
            req.onsuccess = () => {
              resolve((req.result!.value as { seekerId: string }).seekerId);
              open.result.close();
            };
          };
        }),
    );
    expect(await counsellingOnDevice(b, seekerId)).toBeGreaterThan(0);
    await a.goto(`${server.url}/seekers/${seekerId}`);
    await a.getByRole('heading', { level: 1 }).waitFor();
    await a.getByRole('button', { name: '削除' }).click();
    const dialog = a.getByTestId('confirm-dialog');
    await dialog.getByRole('heading', { name: 'この求職者を削除しますか？' }).waitFor();
    await dialog.getByText(/相談記録 [1-9]\d*件（削除）/).waitFor();
    await saveScreenshot(a, 'seeker-delete-dialog');
    expect(await accessibilityViolations(a)).toEqual([]);
    await dialog.getByRole('button', { name: '削除' }).click();
    await a.waitForURL(/\/seekers$/);
    expect(await counsellingOnDevice(a, seekerId)).toBe(0);
    await expect.poll(() => outboxCount(a), { timeout: 15_000 }).toBe(0);

    await syncNow(b);
    await expect.poll(() => counsellingOnDevice(b, seekerId), { timeout: 15_000 }).toBe(0);
    await b.goto(`${server.url}/seekers/${seekerId}`);
    await b.getByText('見つかりません', { exact: false }).waitFor();
    expect(errors).toEqual([]);
  });
});
