/**
 * Two devices, one seeker: two browser profiles against the real sync server. Device B
 * loses the network; both edit the same seeker (the phone on both = a clash; the address on B and
 * the notes on A = different fields). After both sync, both show the merged record (B's phone won
 * by server receive order, A's notes and B's address both survive) and both list the conflict.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility';
import { openAppMenu, syncNow } from './support/app-menu';
import { launchBrowser, newTabletContext } from './support/browser';
import { outboxCount, waitForController } from './support/pwa-page';
import { saveScreenshot } from './support/screenshots';
import { signIn, unlockAfterOfflineLoad } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

async function editSeeker(page: Page, url: string, values: Record<string, string>, opts: { offline?: boolean } = {}): Promise<void> {
  await page.goto(`${url}/edit`);
  if (opts.offline) await unlockAfterOfflineLoad(page);
  for (const [label, value] of Object.entries(values)) await page.getByLabel(new RegExp(`^${label}`)).first().fill(value);
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText('保存しました').waitFor();
}

describe('two devices editing one seeker', () => {
  let server: SyncServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let a: Page;
  let b: Page;
  let seekerUrl: string;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startSyncServer();
    browser = await launchBrowser();
    for (let i = 0; i < 2; i++) contexts.push(await newTabletContext(browser));
    [a, b] = await Promise.all(contexts.map((c) => c.newPage())) as [Page, Page];
    for (const page of [a, b]) page.on('pageerror', (error) => errors.push(error.message));
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  it('gives each new device the demo data through its first sync', async () => {
    for (const page of [a, b]) {
      await page.goto(`${server.url}/seekers`);
      await signIn(page, 'coordinator');
      await page.getByText('300件').waitFor();
      await page.getByTestId('sync-status').getByText(/に同期済み/).waitFor();
      // B reloads offline later: the app must already start from the device.
      await waitForController(page);
    }
    await a.getByRole('link', { name: /./ }).and(a.locator('.row-link')).first().click();
    await a.getByRole('heading', { level: 1 }).waitFor();
    seekerUrl = a.url();
    expect(seekerUrl).toMatch(/\/seekers\/[0-9a-f-]{36}$/);
  });

  it('merges offline edits from both devices and records the same-field clash', async () => {
    await b.goto(seekerUrl);
    await b.getByRole('heading', { level: 1 }).waitFor();
    await contexts[1]!.setOffline(true);
    await b.getByTestId('sync-status').getByText('オフライン').waitFor();

    await editSeeker(a, seekerUrl, { 電話番号: '0166-11-1111', メモ: 'Aが記録した面談メモ' });
    await expect.poll(() => outboxCount(a), { timeout: 15_000 }).toBe(0);

    await editSeeker(b, seekerUrl, { 電話番号: '0166-22-2222', 住所: '旭川市神楽3条7丁目' }, { offline: true });
    expect(await outboxCount(b)).toBe(1);
    await saveScreenshot(b, 'sync-header-offline-pending');

    await contexts[1]!.setOffline(false);
    await expect.poll(() => outboxCount(b), { timeout: 15_000 }).toBe(0);
    await syncNow(a);

    for (const page of [a, b]) {
      await page.goto(seekerUrl);
      await page.getByText('0166-22-2222').waitFor();
      await page.getByText('旭川市神楽3条7丁目', { exact: false }).waitFor();
      await page.getByText('Aが記録した面談メモ').waitFor();
    }
    await a.getByTestId('sync-status').getByText(/に同期済み/).waitFor();
    await saveScreenshot(a, 'sync-header-synced');
  });

  it('lists the conflict on both devices with both values, and resolves it', async () => {
    for (const page of [a, b]) {
      await (await openAppMenu(page)).getByRole('link', { name: /競合/ }).click();
      await page.getByRole('heading', { name: '競合', level: 1 }).waitFor();
      const item = page.locator('.sync-item').filter({ hasText: '電話番号' });
      await item.getByTestId('conflict-current').getByText('0166-22-2222').waitFor();
      await item.getByTestId('conflict-lost').getByText('0166-11-1111').waitFor();
    }
    await saveScreenshot(a, 'sync-conflicts-screen');
    expect(await accessibilityViolations(a)).toEqual([]);

    await a.getByRole('button', { name: '上書きされた値に戻す' }).click();
    await a.getByText('確認が必要な競合はありません').waitFor();
    await expect.poll(() => outboxCount(a), { timeout: 15_000 }).toBe(0);
    await a.goto(seekerUrl);
    await a.getByText('0166-11-1111').waitFor();
    await syncNow(b);
    await b.getByText('確認が必要な競合はありません').waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
  });
});
