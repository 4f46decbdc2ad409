/**
 * The placement ledgers in Chromium at both tablet sizes: an admin opens them, sees the three ledgers
 * of this fiscal year with their counts and previews, switches the year, and downloads the 求職管理簿
 * as a CSV Excel in Japan opens (BOM, CRLF, the guidance's items as the header); a seeker the admin deletes
 * keeps their line; a coordinator is kept away.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearLabel, fiscalYearOf } from '../../src/domain/fiscal-year';
import { accessibilityViolations } from './support/accessibility';
import { newTabletContext, openTabletPage, type TabletPage } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { signIn, signInSynced } from './support/sign-in';
import { undersizedTargets } from './support/touch-targets';
import { startSyncServer, type SyncServer } from './support/sync-server';

const PORTRAIT = { width: 768, height: 1024 };
const LANDSCAPE = { width: 1024, height: 768 };

async function shootBoth(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, `${name}-1024`);
  await page.setViewportSize(PORTRAIT);
  await saveScreenshot(page, `${name}-768`);
  await page.setViewportSize(LANDSCAPE);
}

describe('the placement ledgers', () => {
  let server: SyncServer;
  let tablet: TabletPage;
  let page: Page;
  const today = new Date().toISOString();
  const thisYear = fiscalYearLabel(fiscalYearOf(today.slice(0, 10)), 'ja');

  beforeAll(async () => {
    server = await startSyncServer({ demo: { seekers: 120, now: today } });
    tablet = await openTabletPage();
    ({ page } = tablet);
    await signInSynced(page, `${server.url}/report/ledgers`, 'admin');
  });

  afterAll(async () => {
    await tablet?.close();
    await server?.close();
  });

  it('shows an admin the three ledgers of this fiscal year with counts and previews', async () => {
    await page.getByRole('heading', { name: '職業紹介の管理簿', level: 1 }).waitFor();
    expect(await page.getByRole('combobox', { name: '年度' }).locator('option:checked').textContent()).toBe(thisYear);
    for (const name of ['求人管理簿', '求職管理簿', '手数料管理簿']) await page.getByRole('heading', { name: new RegExp(`^${name} \\d+行$`, 'u'), level: 2 }).waitFor();
    await page.getByTestId('ledger-seekers').getByRole('table').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await undersizedTargets(page)).toEqual([]);
    await shootBoth(page, 'placement-ledgers');
    await page.getByTestId('ledger-fees').scrollIntoViewIfNeeded();
    await shootBoth(page, 'placement-ledgers-fees');
  });

  it('downloads the 求職管理簿 as a CSV for Excel: BOM, CRLF, the guidance’s items in order', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '求職管理簿のCSVを書き出す' }).click()]);
    expect(download.suggestedFilename()).toBe(`${thisYear}_求職管理簿.csv`);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      '"求職者の氏名","求職者の住所","求職者の生年月日","求職者の希望職種","求職受付年月日","求職の有効期間","職業紹介の取扱状況：紹介年月日","職業紹介の取扱状況：紹介した求人者の氏名又は名称","職業紹介の取扱状況：採否","職業紹介の取扱状況：採用年月日","無期雇用就職者の6か月以内の離職（解雇を除く）の有無"',
    );
    expect(text.includes('\n') && !/[^\r]\n/u.test(text)).toBe(true);
    const count = Number((await page.getByTestId('ledger-seekers').getByRole('heading', { level: 2 }).textContent())?.match(/(\d+)行/u)?.[1]);
    expect(lines.filter((l) => l !== '')).toHaveLength(count + 1);
  });

  it("keeps a deleted seeker's line in the 求職管理簿 with their name", async () => {
    const fiscalYear = fiscalYearOf(today.slice(0, 10));
    // The ledger's first line: the earliest registration of the year (ties by id).
    const first = server.data.seekers
      .filter((s) => fiscalYearOf(s.registeredOn) === fiscalYear)
      .sort((a, b) => a.registeredOn.localeCompare(b.registeredOn) || a.id.localeCompare(b.id))[0]!;
    const name = `${first.familyName} ${first.givenName}`;
    await page.goto(`${server.url}/seekers/${first.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: '削除' }).click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: '削除' }).click();
    await page.waitForURL(/\/seekers$/u);
    await page.goto(`${server.url}/report/ledgers`);
    const firstRow = page.getByTestId('ledger-seekers').locator('tbody tr').first();
    await firstRow.waitFor();
    expect(await firstRow.locator('td').first().textContent()).toBe(name);
  });

  it('switches to the previous fiscal year', async () => {
    const previous = fiscalYearLabel(fiscalYearOf(today.slice(0, 10)) - 1, 'ja');
    await page.getByRole('combobox', { name: '年度' }).selectOption({ label: previous });
    await page.waitForURL(/year=\d{4}/u);
    await page.getByRole('button', { name: '手数料管理簿のCSVを書き出す' }).waitFor();
    expect(tablet.errors).toEqual([]);
  });

  it('keeps a coordinator away from the ledgers', async () => {
    const context = await newTabletContext(tablet.browser);
    const coordinator = await context.newPage();
    await coordinator.goto(`${server.url}/report/ledgers`);
    await signIn(coordinator, 'coordinator');
    await coordinator.waitForURL(/\/today$/u);
    await context.close();
  });
});
