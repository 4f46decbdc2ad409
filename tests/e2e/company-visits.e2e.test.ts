/**
 * A coordinator at a host company, in Chromium on a tablet: logs a visit from the company's page (the
 * company chosen, date and time now), comes back to the page with the visit on top; registers an
 * opening and sees its open places; and a visit to another company is picked by typing its reading.
 * Each screen is screenshotted at 1024×768 and 768×1024 and audited with axe.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility';
import { launchBrowser, newTabletContext } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

const PORTRAIT = { width: 768, height: 1024 };

/** Scrolls a section's heading to just under the app's sticky header. */
const scrollBelowHeader = (heading: Element) => {
  const header = document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0;
  window.scrollBy(0, heading.getBoundingClientRect().top - header - 16);
};

describe('company visits and openings on a tablet', () => {
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
    await page.goto(`${server.url}/companies`);
    await signIn(page, 'coordinator');
    await page.getByTestId('sync-status').getByText(/に同期済み/).waitFor();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  /** Screenshots the page in landscape and portrait (scrolled to `heading` if given, else the top), and returns to landscape. */
  async function bothSizes(name: string, heading?: string) {
    const scroll = () =>
      heading ? page.getByRole('heading', { name: heading, exact: true }).evaluate(scrollBelowHeader) : page.evaluate(() => window.scrollTo(0, 0));
    await scroll();
    await saveScreenshot(page, `${name}-1024`);
    await page.setViewportSize(PORTRAIT);
    await scroll();
    await saveScreenshot(page, `${name}-768`);
    await page.setViewportSize({ width: 1024, height: 768 });
  }

  /** A company with trial feedback, so the page shows every section filled in. */
  const hostWithFeedback = () => {
    const placement = server.data.trialPlacements.find((p) => p.employerFeedback !== '')!;
    return server.data.companies.find((c) => c.id === placement.companyId)!;
  };

  it('logs a visit from the company page and comes back to it with the visit listed', async () => {
    const company = hostWithFeedback();
    await page.goto(`${server.url}/companies/${company.id}`);
    await page.getByRole('heading', { level: 1, name: company.name }).waitFor();
    await page.getByRole('link', { name: '訪問を記録' }).click();
    await page.getByRole('heading', { level: 1, name: '企業訪問を記録' }).waitFor();
    await page.locator('output', { hasText: company.name }).waitFor();
    expect(await page.getByLabel(/^訪問日/).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    expect(await page.getByLabel(/^時刻/).inputValue()).toMatch(/^\d{2}:\d{2}$/u);
    await page.getByText('調整', { exact: true }).click();
    await page.getByLabel(/^面会者/).fill('総務課 佐藤課長');
    await page.getByLabel(/^内容・メモ/).fill('来月から1名受入れ可能。作業手順書を用意してくれるとのこと。');
    await page.getByLabel(/^次のアクション/).fill('候補者の紹介');
    await page.getByRole('button', { name: '2週間後' }).click();
    await bothSizes('visit-form');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { level: 1, name: company.name }).waitFor();
    await page.getByText('面会: 総務課 佐藤課長').waitFor();
    await bothSizes('company-page-visits', '企業訪問の記録');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('registers an opening and lists it with its open places', async () => {
    const company = hostWithFeedback();
    await page.getByRole('link', { name: '求人を登録' }).click();
    await page.getByRole('heading', { level: 1, name: '求人を登録' }).waitFor();
    await page.getByLabel(/^職種/).fill('製造補助');
    await page.getByLabel(/^仕事の内容/).fill('部品の検品と箱詰め');
    await page.getByLabel(/^就業時間/).fill('9:00〜15:00（休憩60分）');
    await page.getByLabel(/^就業日/).fill('週3〜4日');
    await page.getByLabel(/^賃金（円）/).fill('1100');
    await page.getByLabel(/^受入人数/).fill('2');
    await bothSizes('opening-form');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { level: 1, name: company.name }).waitFor();
    await page.getByText('空き 2名 / 2名').waitFor();
    await bothSizes('company-page-openings', '求人');
    await bothSizes('company-page-feedback', '職場環境の改善へのフィードバック');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('picks the company of a visit by typing its reading in hiragana', async () => {
    const company = server.data.companies.find((c) => c.status === 'prospect') ?? server.data.companies[0]!;
    const reading = company.nameKana.slice(0, 4).replace(/[ァ-ヶ]/gu, (k) => String.fromCharCode(k.charCodeAt(0) - 0x60));
    await page.goto(`${server.url}/visits/new`);
    await page.getByRole('heading', { level: 1, name: '企業訪問を記録' }).waitFor();
    await page.getByLabel(/^訪問先/).fill(reading);
    await page.getByRole('button', { name: new RegExp(company.name) }).waitFor();
    await bothSizes('visit-company-search');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: new RegExp(company.name) }).click();
    await page.locator('output', { hasText: company.name }).waitFor();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { level: 1, name: company.name }).waitFor();
    expect(await page.locator('[aria-current="step"]').textContent()).not.toBe('開拓先');
    expect(errors).toEqual([]);
  });
});
