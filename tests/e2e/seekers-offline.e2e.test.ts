/**
 * The foundation's promise, driven as a counter worker would: open the app once, lose the network,
 * register a seeker (a bad phone number is caught next to the field and nothing is stored), reload
 * with no network, and find the seeker again by typing the reading in hiragana; an edit shows in the
 * list after another reload. A host company is registered offline too.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTabletPage, type TabletPage } from './support/browser';
import { outboxCount, waitForController } from './support/pwa-page';
import { saveScreenshot } from './support/screenshots';
import { fillNewSeeker } from './support/seeker-form';
import { signIn, unlockAfterOfflineLoad } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

describe('seekers and companies offline', () => {
  let server: SyncServer;
  let tablet: TabletPage;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startSyncServer();
    tablet = await openTabletPage();
    ({ context, page } = tablet);
  });

  afterAll(async () => {
    await tablet?.close();
    await server?.close();
  });

  it('opens with the demo seekers and a service worker in control', async () => {
    await page.goto(`${server.url}/seekers`);
    await signIn(page, 'coordinator');
    await page.getByText('300件').waitFor();
    await waitForController(page);
    await saveScreenshot(page, 'seeker-list-tablet');
    expect(await page.getByRole('listitem').count()).toBeGreaterThan(5);
  });

  it('shows a field error for a bad phone number and stores nothing', async () => {
    await context.setOffline(true);
    await page.getByRole('link', { name: /新規登録/ }).click();
    await fillNewSeeker(page, { familyName: '北野', givenName: '遥', familyNameKana: 'きたの', givenNameKana: 'はるか', birthDate: '1988-07-14', phone: '0166-23', town: 'higashikawa' });
    await page.getByRole('button', { name: '保存' }).click();

    const phone = page.getByLabel(/^電話番号/);
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('電話番号の形式が正しくありません', { exact: false }).waitFor();
    await saveScreenshot(page, 'seeker-form-phone-error');
    expect(await outboxCount(page)).toBe(0);
  });

  it('saves once the phone number is fixed, with the reading stored in katakana', async () => {
    await page.getByLabel(/^電話番号/).fill('０９０−１２３４−５６７８');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { name: '北野 遥' }).waitFor();
    await page.getByText('キタノ ハルカ').waitFor();
    await page.getByText('090-1234-5678').waitFor();
    expect(await outboxCount(page)).toBe(1);
  });

  it('finds the seeker by its hiragana reading after an offline reload', async () => {
    await page.reload();
    await unlockAfterOfflineLoad(page);
    await page.getByRole('link', { name: '求職者' }).click();
    await page.getByLabel('氏名・フリガナ・電話番号で検索').fill('きたの');
    const row = page.getByRole('link', { name: /北野 遥/ });
    await row.waitFor();
    await saveScreenshot(page, 'seeker-search-hiragana');
    await row.click();
    await page.getByRole('heading', { name: '北野 遥' }).waitFor();
  });

  it('shows an edit in the list after an offline reload: the cached list copy is never served stale', async () => {
    const search = `${server.url}/seekers?q=${encodeURIComponent('きたの')}`;
    await page.goto(search);
    await unlockAfterOfflineLoad(page);
    // The list keeps a sorted copy of all rows for the next cold start, saved a second after it was read.
    await page.waitForTimeout(1_500);
    await page.getByRole('link', { name: /北野 遥/ }).click();
    await page.getByRole('link', { name: '編集' }).click();
    await page.getByLabel(/^名/).fill('遙香');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { name: '北野 遙香' }).waitFor();

    await page.goto(search);
    await unlockAfterOfflineLoad(page);
    await page.getByRole('link', { name: /北野 遙香/ }).waitFor();
    expect(await page.getByRole('link', { name: /北野 遥\s/ }).count()).toBe(0);
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
    expect(await outboxCount(page)).toBe(3);
    await context.setOffline(false);
    // Back online, the sync loop sends both offline registrations to the server.
    await expect.poll(() => outboxCount(page), { timeout: 15_000 }).toBe(0);
    expect(tablet.errors).toEqual([]);
  });
});
