/**
 * A coordinator's trial-work day with no signal, then the sync: on a tablet that has gone offline the
 * coordinator logs a visit to a prospect company (which becomes 訪問済), proposes a seeker to a host
 * company recording the missing consent on the way, moves the trial on, adds a check-in and records the
 * hire (dated a month back, as when the paperwork catches up). The day list then shows the new fee to
 * invoice and the 1-month retention check. Back online everything is pushed, and a second tablet shows
 * the visit, the trial with its check-in and history, and the fee.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, japanDay } from '../../src/domain/dates';
import { launchBrowser, newTabletContext } from './support/browser';
import { outboxCount, waitForController } from './support/pwa-page';
import { saveScreenshot } from './support/screenshots';
import { signIn, unlockAfterOfflineLoad } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

/** The tablet's calendar day in Japan, as the app's date inputs take it. */
const today = () => japanDay(new Date().toISOString());

describe('a trial-work day offline, synced to a second tablet', () => {
  let server: SyncServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let a: Page;
  let b: Page;
  let placementUrl = '';
  const errors: string[] = [];
  const note = 'オフラインで記録: 作業に慣れてきた';

  beforeAll(async () => {
    server = await startSyncServer();
    browser = await launchBrowser();
    for (let i = 0; i < 2; i++) contexts.push(await newTabletContext(browser));
    [a, b] = (await Promise.all(contexts.map((c) => c.newPage()))) as [Page, Page];
    for (const page of [a, b]) page.on('pageerror', (error) => errors.push(error.message));
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  const prospect = () => server.data.companies.find((c) => c.status === 'prospect')!;
  const host = () => server.data.companies.find((c) => c.status === 'host_registered')!;
  const seeker = () => server.data.seekers.find((s) => s.status === 'registered' && !server.data.consents.some((c) => c.seekerId === s.id))!;

  it('starts on the day list, synced, and goes offline', async () => {
    await a.goto(server.url);
    await signIn(a, 'coordinator');
    await a.getByRole('heading', { level: 1, name: '今日の予定' }).waitFor();
    await a.getByTestId('sync-status').getByText(/に同期済み/).waitFor();
    // The day list is a first screen: it loads none of the route words, so none may show as a raw key.
    await a.locator('.due-item').first().waitFor();
    expect(await a.locator('main').innerText()).not.toMatch(/\b[a-z]+[A-Z]?[a-zA-Z]*\.[a-z0-9_]+\b/u);
    await waitForController(a);
    await contexts[0]!.setOffline(true);
    await a.getByTestId('sync-status').getByText('オフライン').waitFor();
  });

  it('logs a visit to a prospect company, which becomes 訪問済', async () => {
    const company = prospect();
    await a.goto(`${server.url}/companies/${company.id}`);
    await unlockAfterOfflineLoad(a);
    await a.getByRole('heading', { level: 1, name: company.name }).waitFor();
    await a.getByRole('link', { name: '訪問を記録' }).click();
    await a.getByRole('heading', { level: 1, name: '企業訪問を記録' }).waitFor();
    await a.getByText('開拓', { exact: true }).click();
    await a.getByLabel(/^面会者/).fill('代表取締役 山田様');
    await a.getByLabel(/^内容・メモ/).fill('事業の説明。受入れに前向き、来月に返事。');
    await a.getByRole('button', { name: '1か月後' }).click();
    await a.getByRole('button', { name: '保存' }).click();
    await a.getByRole('heading', { level: 1, name: company.name }).waitFor();
    await a.getByText('面会: 代表取締役 山田様').waitFor();
    await a.locator('[aria-current="step"]', { hasText: '訪問済' }).waitFor();
  });

  it('proposes a seeker to a host company, recording the consent on the way, and runs the trial with a check-in', async () => {
    const person = seeker();
    const company = host();
    await a.goto(`${server.url}/seekers/${person.id}`);
    await unlockAfterOfflineLoad(a);
    await a.getByRole('link', { name: 'トライアルワークを提案' }).click();
    await a.getByRole('searchbox', { name: '受入企業を検索' }).fill(company.name);
    await a.getByRole('button', { name: new RegExp(company.name) }).first().click();
    await a.getByText('この企業への情報提供の同意がありません').waitFor();
    await a.getByLabel(/^職種/).fill('検品・梱包');
    await a.getByLabel(/^開始日/).fill(addDays(today(), -60));
    await a.getByLabel(/^終了日/).fill(addDays(addMonths(today(), -1), -1));
    await a.getByText('同意を記録', { exact: true }).click();
    await a.getByLabel(/^確認した職員/).fill('工藤 美穂');
    await a.getByRole('button', { name: '同意を保存' }).click();
    await a.getByText('この企業への情報提供について、本人の同意があります。').waitFor();
    await a.getByRole('button', { name: '提案を保存' }).click();
    await a.getByRole('heading', { name: new RegExp(`× ${company.name}`) }).waitFor();
    placementUrl = a.url();

    for (const to of ['調整中', '実施中']) {
      await a.getByRole('button', { name: `「${to}」にする` }).click();
      await a.getByRole('button', { name: `「${to}」として保存` }).click();
      await a.getByText(`「${to}」にしました`).waitFor();
    }
    await a.getByRole('button', { name: '確認記録を追加' }).click();
    await a.getByLabel(/^内容/).fill(note);
    await a.getByRole('button', { name: '確認記録を保存' }).click();
    await a.getByText('確認記録を保存しました').waitFor();
  });

  it('records the hire, and the day list shows the fee to invoice and the 1-month retention check', async () => {
    await a.getByRole('button', { name: '「採用」にする' }).click();
    await a.getByLabel(/^採用日/).fill(addMonths(today(), -1));
    await a.getByLabel(/^雇用形態/).selectOption('regular');
    await a.getByRole('button', { name: '「採用」として保存' }).click();
    await a.getByText('「採用」にしました').waitFor();
    await a.getByRole('link', { name: /円（未請求）/ }).waitFor();

    await a.getByRole('link', { name: '今日の予定' }).click();
    await a.getByRole('heading', { level: 1, name: '今日の予定' }).waitFor();
    const name = `${seeker().familyName} ${seeker().givenName}`;
    const rows = a.locator('.due-item', { hasText: name });
    await rows.filter({ hasText: '定着確認 1か月' }).waitFor();
    // The fee is due since the first of this month: among the overdue items, which show 25 at a time.
    const fee = rows.filter({ hasText: '請求' });
    const more = a.locator('.day-list__bucket--overdue').getByRole('button', { name: /^残り\d+件を表示/ });
    while ((await fee.count()) === 0 && (await more.count()) > 0) await more.click();
    await fee.first().waitFor();
    await rows.filter({ hasText: '定着確認 1か月' }).scrollIntoViewIfNeeded();
    await saveScreenshot(a, 'trial-day-offline-day-list');
    expect(await outboxCount(a)).toBeGreaterThan(0);
  });

  it('pushes everything once online, and a second tablet shows it all', async () => {
    await contexts[0]!.setOffline(false);
    await expect.poll(() => outboxCount(a), { timeout: 30_000 }).toBe(0);
    expect((await a.context().pages()).length).toBe(1);

    await b.goto(placementUrl);
    await signIn(b, 'coordinator');
    await b.getByTestId('sync-status').getByText(/に同期済み/).waitFor({ timeout: 30_000 });
    await b.goto(placementUrl);
    await b.getByText(note).waitFor();
    await b.getByText('採用', { exact: true }).first().waitFor();
    await b.getByRole('link', { name: /円（未請求）/ }).waitFor();
    await b.getByText(/「実施中」→「採用」|実施中 → 採用/).first().waitFor();

    await b.goto(`${server.url}/companies/${prospect().id}`);
    await b.getByText('面会: 代表取締役 山田様').waitFor();
    await b.locator('[aria-current="step"]', { hasText: '訪問済' }).waitFor();
    await saveScreenshot(b, 'trial-day-second-tablet-company');
    expect(errors).toEqual([]);
  });
});
