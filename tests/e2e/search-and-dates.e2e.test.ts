/**
 * What a counter clerk types, at both tablet sizes: a birth date in 和暦 (shown in both calendars), a
 * search by phone number, a name kanji variant and a reading with the voiced marks folded (listed
 * after the exact matches, marked), the hint when nothing matches, and English mode's tab title and
 * lists.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTabletPage, type TabletPage } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { fillNewSeeker } from './support/seeker-form';
import { signIn } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

describe('search and dates as typed at the counter', () => {
  let server: SyncServer;
  let tablet: TabletPage;
  let page: Page;
  const searchFor = async (q: string) => page.goto(`${server.url}/seekers?q=${encodeURIComponent(q)}`);

  beforeAll(async () => {
    server = await startSyncServer();
    tablet = await openTabletPage();
    ({ page } = tablet);
  });

  afterAll(async () => {
    await tablet?.close();
    await server?.close();
  });

  it('takes a birth date in 和暦 and shows it in both calendars', async () => {
    await page.goto(`${server.url}/seekers/new`);
    await signIn(page, 'counter');
    await fillNewSeeker(page, { familyName: '岩﨑', givenName: '美紀', familyNameKana: 'いわざき', givenNameKana: 'みき', birthDate: 'S50.4.1', phone: '０９０－９８７６－５４３２', town: 'biei' });
    await page.getByLabel('医療').check();
    await page.getByLabel('サービス業').check();
    await page.getByText(/1975年4月1日（昭和50年） ・ \d+歳/u).waitFor();
    await page.getByLabel(/^姓/).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'birth-date-wareki-landscape');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { name: '岩﨑 美紀' }).waitFor();
    await page.getByText(/1975年4月1日（昭和50年）/u).waitFor();
  });

  it('finds the seeker by phone number, by a kanji variant, and by the reading without voiced marks', async () => {
    await searchFor('０９０ ９８７６ ５４３２');
    await page.getByRole('link', { name: /岩﨑 美紀/ }).waitFor();
    await searchFor('岩崎');
    await page.getByRole('link', { name: /岩﨑 美紀/ }).waitFor();
    await searchFor('いわさき');
    const near = page.getByRole('link', { name: /岩﨑 美紀/ });
    await near.getByText('読みが近い').waitFor();
    await saveScreenshot(page, 'seeker-search-near-landscape');
    await page.setViewportSize({ width: 768, height: 1024 });
    await saveScreenshot(page, 'seeker-search-near-portrait');
  });

  it('suggests what to try when nothing matches', async () => {
    await searchFor('ぬぬぬぬ');
    await page.getByText('「ぬぬぬぬ」に合う求職者はいません。', { exact: false }).waitFor();
    await saveScreenshot(page, 'seeker-search-no-match-portrait');
    await searchFor('09');
    await page.getByText('「09」に合う求職者はいません。', { exact: false }).waitFor();
    await page.getByText('電話番号（4桁以上）', { exact: false }).waitFor();
  });

  it('names the tab and joins lists in English when English is chosen', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await searchFor('岩崎');
    await page.getByRole('link', { name: /岩﨑 美紀/ }).click();
    await page.getByRole('heading', { name: '岩﨑 美紀' }).waitFor();
    expect(await page.title()).toBe('旭川圏トライアルワーク');
    await page.evaluate(() => localStorage.setItem('field.lang', 'en'));
    await page.reload();
    await page.getByText('Medical, Services').waitFor();
    expect(await page.title()).toBe('Asahikawa Trial Work');
    await saveScreenshot(page, 'seeker-detail-english-landscape');
    expect(tablet.errors).toEqual([]);
  });
});
