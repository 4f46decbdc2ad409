/**
 * A coordinator's first screen and the success fees in Chromium at both tablet sizes: signing in lands
 * on the day list, each list passes the axe audit, a fee moves to 請求済 with today's date, the CSV
 * download is UTF-8 with a BOM and CRLF, and counter staff are kept away from the fees.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility';
import { newTabletContext, openTabletPage, type TabletPage } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

const PORTRAIT = { width: 768, height: 1024 };
const LANDSCAPE = { width: 1024, height: 768 };

async function shootBoth(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, `${name}-landscape`);
  await page.setViewportSize(PORTRAIT);
  await saveScreenshot(page, `${name}-portrait`);
  await page.setViewportSize(LANDSCAPE);
}

describe('the day list and the success fees', () => {
  let server: SyncServer;
  let tablet: TabletPage;
  let page: Page;

  beforeAll(async () => {
    // The demo's dates around today, so visits are due and fees wait on the day the test runs.
    server = await startSyncServer({ demo: { seekers: 120, now: new Date().toISOString() } });
    tablet = await openTabletPage();
    ({ page } = tablet);
    await page.goto(server.url);
    await signIn(page, 'coordinator');
    await page
      .getByTestId('sync-status')
      .getByText(/に同期済み/)
      .waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await tablet?.close();
    await server?.close();
  });

  it('opens a coordinator on the day list, overdue first, each item with its action', async () => {
    await page.waitForURL(/\/today$/u);
    await page.getByRole('button', { name: '全員' }).click();
    await page.locator('.due-item').first().waitFor();
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    const order = ['期限切れ', '今日', '今週'].filter((b) => headings.some((h) => h.startsWith(b)));
    expect(headings.map((h) => h.split(' ')[0])).toEqual(order);
    expect(await accessibilityViolations(page)).toEqual([]);
    await shootBoth(page, 'day-list');
    // Past a long overdue group: the jump to what is due this week.
    const week = page.locator('.day-list__jump--week');
    if (await week.isEnabled()) {
      await week.click();
      await saveScreenshot(page, 'day-list-week-landscape');
    }
  });

  it('lists the fees with totals, and exports a CSV Excel in Japan opens', async () => {
    await page.getByRole('link', { name: '成功報酬' }).click();
    await page.getByRole('table').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await shootBoth(page, 'fee-list');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSVを書き出す' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^成功報酬_.+\.csv$/u);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.startsWith('"年度","企業","求職者","採用日","金額（円）","状況","請求日","入金日","備考"\r\n')).toBe(
      true,
    );
    expect(text).toMatch(/"令和\d+年度"/u);
  });

  it('moves a fee to 請求済 with today’s date', async () => {
    await page.getByRole('combobox', { name: '状況' }).selectOption({ label: '未請求' });
    await page.locator('.fee-table__link').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await shootBoth(page, 'fee-editor');
    await page.getByLabel(/^状況/).selectOption({ label: '請求済' });
    await page.getByLabel(/^請求日/).waitFor();
    expect(await page.getByLabel(/^請求日/).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('保存しました').waitFor();
    expect(tablet.errors).toEqual([]);
  });

  it('shows a coordinator the programme settings without a form', async () => {
    await page.getByRole('link', { name: '事業設定（報酬額・事業費）' }).click();
    await page.getByRole('heading', { name: '事業設定', level: 1 }).waitFor();
    await page.getByText('変更できるのは管理者だけです。').waitFor();
    expect(await page.getByRole('form').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await shootBoth(page, 'programme-settings');
  });

  it('keeps counter staff away from the fees', async () => {
    const context = await newTabletContext(tablet.browser);
    const counter = await context.newPage();
    await counter.goto(`${server.url}/fees`);
    await signIn(counter, 'counter');
    await counter.waitForURL(/\/seekers$/u);
    expect(await counter.getByRole('link', { name: '成功報酬' }).count()).toBe(0);
    await context.close();
  });
});
