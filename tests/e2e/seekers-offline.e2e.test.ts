/**
 * The foundation's promise, driven as a counter worker would: open the app once, lose the network,
 * register a seeker (a bad phone number is caught next to the field and nothing is stored), reload
 * with no network, and find the seeker again by typing the reading in hiragana. A host company is
 * registered offline too.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newTabletContext } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

const pendingCount = (page: Page) => page.evaluate(async () => {
  const open = indexedDB.open('trial-work-field');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const count = db.transaction('outbox').objectStore('outbox').count();
  return new Promise<number>((resolve) => (count.onsuccess = () => resolve(count.result)));
});

describe('seekers and companies offline', () => {
  let server: SyncServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startSyncServer();
    browser = await launchBrowser();
    context = await newTabletContext(browser);
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('opens with the demo seekers and a service worker in control', async () => {
    await page.goto(`${server.url}/seekers`);
    await signIn(page, 'coordinator');
    await page.getByText('300件').waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    await saveScreenshot(page, 'seeker-list-tablet');
    expect(await page.getByRole('listitem').count()).toBeGreaterThan(5);
  });

  it('shows a field error for a bad phone number and stores nothing', async () => {
    await context.setOffline(true);
    await page.getByRole('link', { name: /新規登録/ }).click();
    await page.getByLabel(/^姓/).fill('北野');
    await page.getByLabel(/^名/).fill('遥');
    await page.getByLabel(/^セイ/).fill('きたの');
    await page.getByLabel(/^メイ（/).fill('はるか');
    await page.getByLabel(/^生年月日/).fill('1988-07-14');
    await page.getByLabel(/^電話番号/).fill('0166-23');
    await page.getByLabel(/^居住地/).selectOption('higashikawa');
    await page.getByLabel(/利用目的/).check();
    await page.getByRole('button', { name: '保存' }).click();

    const phone = page.getByLabel(/^電話番号/);
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('電話番号の形式が正しくありません', { exact: false }).waitFor();
    await saveScreenshot(page, 'seeker-form-phone-error');
    expect(await pendingCount(page)).toBe(0);
  });

  it('saves once the phone number is fixed, with the reading stored in katakana', async () => {
    await page.getByLabel(/^電話番号/).fill('０９０−１２３４−５６７８');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { name: '北野 遥' }).waitFor();
    await page.getByText('キタノ ハルカ').waitFor();
    await page.getByText('090-1234-5678').waitFor();
    expect(await pendingCount(page)).toBe(1);
  });

  it('finds the seeker by its hiragana reading after an offline reload', async () => {
    await page.reload();
    await page.getByRole('link', { name: '求職者' }).click();
    await page.getByLabel('氏名・フリガナで検索').fill('きたの');
    const row = page.getByRole('link', { name: /北野 遥/ });
    await row.waitFor();
    await saveScreenshot(page, 'seeker-search-hiragana');
    await row.click();
    await page.getByRole('heading', { name: '北野 遥' }).waitFor();
  });

  it('registers a host company offline', async () => {
    await page.getByRole('link', { name: '受入企業' }).click();
    await page.getByRole('link', { name: /新規登録/ }).click();
    await page.getByLabel(/^企業名（フリガナ）/).fill('ひがしかわもっこう');
    await page.getByLabel(/^企業名/).first().fill('東川木工');
    await page.getByLabel(/^業種/).selectOption('manufacturing');
    await page.getByLabel(/^所在地/).selectOption('higashikawa');
    await page.getByLabel(/^住所/).fill('東川町南町1丁目2-3');
    await page.getByLabel(/^電話番号/).fill('0166-82-1234');
    await page.getByLabel(/^担当者名/).fill('佐藤 誠');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { name: '東川木工' }).waitFor();
    expect(await pendingCount(page)).toBe(2);
    await context.setOffline(false);
    // Back online, the sync loop sends both offline registrations to the server.
    await expect.poll(() => pendingCount(page), { timeout: 15_000 }).toBe(0);
    expect(errors).toEqual([]);
  });
});
