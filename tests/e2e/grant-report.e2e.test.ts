/**
 * The grant report as an admin uses it on a tablet with no signal: opened from the menu after the first
 * sync (every figure from the records on the device), another fiscal year chosen, a figure opened to the
 * records it counts (and saves them as a CSV), a table downloaded as a CSV Excel in Japan opens (BOM, CRLF, 令和 in its name and
 * header), and printed: A4 with the conditions and definitions, no header, navigation, buttons or filters.
 * Screenshots at both tablet sizes and at 1440×900, and the printout as a PDF and an A4-wide picture.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearLabel, fiscalYearOf } from '../../src/domain/fiscal-year';
import { accessibilityViolations } from './support/accessibility';
import { openAppMenu } from './support/app-menu';
import { openTabletPage, type TabletPage } from './support/browser';
import { waitForController } from './support/pwa-page';
import { saveScreenshot } from './support/screenshots';
import { signInSynced, unlockAfterOfflineLoad } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';
import { undersizedTargets } from './support/touch-targets';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 1440, height: 900 },
] as const;
/** A4 at 96 dpi, less the page margins of print.css. */
const A4_PRINTABLE = { width: 703, height: 1017 };

const today = new Date().toISOString().slice(0, 10);
const thisYear = fiscalYearOf(today);

/** A figure's value as its tile shows it. */
const tileValue = (page: Page, key: string) => page.locator(`[data-kpi="${key}"] .kpi__value`).textContent();

describe('the grant report', () => {
  let server: SyncServer;
  let tablet: TabletPage;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // Dates around today, so this fiscal year and the last have trials, hires and fees.
    server = await startSyncServer({ demo: { seekers: 150, now: new Date().toISOString() } });
    tablet = await openTabletPage();
    ({ context, page } = tablet);
    await signInSynced(page, server.url, 'admin');
    await waitForController(page);
  });

  afterAll(async () => {
    await tablet?.close();
    await server?.close();
  });

  it('opens from the menu with no network, on this fiscal year, every figure from the device', async () => {
    await context.setOffline(true);
    await page.reload();
    await unlockAfterOfflineLoad(page);
    const menu = await openAppMenu(page);
    await menu.getByRole('link', { name: '実績報告' }).click();
    await page.getByRole('heading', { name: '実績報告', level: 1 }).waitFor();
    await page.locator('.kpi').first().waitFor();
    expect(await page.getByRole('combobox', { name: /^年度/u }).inputValue()).toBe(String(thisYear));
    expect(await page.locator('.report__conditions').textContent()).toContain(fiscalYearLabel(thisYear, 'ja'));
    for (const heading of ['求職者', '企業', 'トライアルワーク', '成功報酬', '高校生インターンシップ']) {
      await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
    }
    // The sections that ignore a filter say so; every figure has its definition beside it.
    await page.getByText('市町村は企業の所在地で絞り込みます。年齢区分は適用しません。').waitFor();
    expect(await page.locator('.kpi').count()).toBe(await page.locator('.kpi__definition').count());
    // Each chart is an image named after the table with its numbers.
    expect(await page.getByRole('img', { name: /月別のトライアル開始と採用.*表「月別のトライアルと採用」/u }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /市町村別のトライアル後の採用率/u }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      expect(await undersizedTargets(page)).toEqual([]);
      await saveScreenshot(page, `grant-report-${size.width}`);
      await saveScreenshot(page, `grant-report-${size.width}-full`, { fullPage: true });
    }
    await page.setViewportSize(SIZES[0]);
  });

  it('switches to last fiscal year, kept in the address', async () => {
    const before = await tileValue(page, 'seekersNew');
    await page.getByRole('combobox', { name: /^年度/u }).selectOption(String(thisYear - 1));
    await page.waitForURL(new RegExp(`fy=${thisYear - 1}`, 'u'));
    await page.locator('.report__conditions').getByText(fiscalYearLabel(thisYear - 1, 'ja'), { exact: false }).waitFor();
    expect(await page.locator('.report__conditions').textContent()).toContain(`${thisYear - 1}年4月1日`);
    // The demo registers seekers over several years: each year has its own count.
    expect(await tileValue(page, 'seekersNew')).not.toBe(before);
  });

  it('opens the records a figure counts, each with its page, and saves them as a CSV', async () => {
    const started = Number((await tileValue(page, 'trialsStarted'))!.replace(/\D/gu, ''));
    expect(started).toBeGreaterThan(0);
    await page.locator('[data-kpi="trialsStarted"] a').click();
    await page.getByRole('heading', { name: 'トライアル開始', level: 1 }).waitFor();
    await page.getByText(`${started}件を数えています`).waitFor();
    expect(page.url()).toContain(`fy=${thisYear - 1}`);
    const first = page.locator('.vlist__row a').first();
    expect(await first.getAttribute('href')).toMatch(/^\/placements\//u);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'この一覧をCSVで保存' }).click()]);
    expect(download.suggestedFilename()).toBe(`${fiscalYearLabel(thisYear - 1, 'ja')}_実績報告_トライアル開始_記録.csv`);
    const csvLines = (await readFile((await download.path())!)).toString('utf8').split('\r\n').filter(Boolean);
    expect(csvLines).toHaveLength(1 + started);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await undersizedTargets(page)).toEqual([]);
    await saveScreenshot(page, 'grant-report-records-1024');
    await page.setViewportSize(SIZES[1]);
    await saveScreenshot(page, 'grant-report-records-768');
    await page.setViewportSize(SIZES[0]);
    await page.getByRole('link', { name: /実績報告へ戻る/u }).click();
    await page.locator('.kpi').first().waitFor();
    expect(await page.getByRole('combobox', { name: /^年度/u }).inputValue()).toBe(String(thisYear - 1));
  });

  it('downloads a table as a CSV Excel in Japan opens: BOM, CRLF, 令和 in the name and header', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '月別のトライアルと採用' }).click()]);
    const year = fiscalYearLabel(thisYear - 1, 'ja');
    expect(download.suggestedFilename()).toBe(`${year}_実績報告_月別.csv`);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(`"月別のトライアルと採用（${year}）","トライアル開始","採用","企業訪問"`);
    expect(lines[1]).toMatch(/^"令和\d+年4月",/u);
    expect(lines.filter(Boolean)).toHaveLength(13);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('sends to the programme settings when the year has no 事業費 for the fee share', async () => {
    // The demo sets each year's cost up to this one: next year's is not entered yet.
    await page.goto(`${server.url}/report?fy=${thisYear + 1}`);
    await unlockAfterOfflineLoad(page);
    const banner = page.locator('.report-cost-missing');
    await banner.getByText(`${fiscalYearLabel(thisYear + 1, 'ja')}の事業費が未設定のため`).waitFor();
    expect(await page.locator('[data-kpi="feeShareOfCost"] .kpi__value').textContent()).toBe('—');
    await banner.getByRole('link', { name: '事業費を設定する' }).click();
    await page.getByRole('heading', { name: '事業設定', level: 1 }).waitFor();
    await page.goBack();
    await page.getByRole('combobox', { name: /^年度/u }).selectOption(String(thisYear - 1));
    await page.locator('.kpi').first().waitFor();
  });

  it('prints the A4 report: conditions, definitions, tables and charts, no navigation, buttons or filters', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize(A4_PRINTABLE);
    const printed = await page.evaluate(() => {
      const shown = (selector: string) => [...document.querySelectorAll(selector)].filter((el) => el.checkVisibility()).length;
      return {
        header: shown('.app-header'),
        navigation: shown('nav'),
        buttons: shown('button, .button'),
        selects: shown('select'),
        conditions: shown('.report__conditions'),
        definitions: shown('.kpi__definition'),
        tiles: shown('.kpi'),
        charts: shown('canvas'),
        tables: shown('table'),
      };
    });
    expect(printed).toMatchObject({ header: 0, navigation: 0, buttons: 0, selects: 0, conditions: 1, charts: 2 });
    expect(printed.definitions).toBe(printed.tiles);
    expect(printed.tables).toBeGreaterThanOrEqual(7);
    await saveScreenshot(page, 'print-grant-report', { fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(fileURLToPath(new URL('./screenshots/print-grant-report.pdf', import.meta.url)), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(SIZES[0]);
  });

  it('raised no error on the page', () => {
    expect(tablet.errors).toEqual([]);
  });
});
