/**
 * Trial placements as a coordinator does them on a tablet: from a seeker's page, propose a trial to a
 * host company found by typing its name; the missing consent is said before saving and recorded on the
 * spot without losing the proposal typed so far; then move the trial along (調整中 → 実施中), see the
 * check-in fall due and add one, hire (the fee and the retention schedule appear) and record the
 * 1-month retention check. Screens are photographed at both tablet sizes and audited with axe.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, japanDay } from '../../src/domain/dates';
import { accessibilityViolations } from './support/accessibility';
import { openTabletPage, type TabletPage } from './support/browser';
import { photographAtTabletSizes } from './support/screenshots';
import { signIn } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

/** The tablet's calendar day in Japan, as the app's date inputs take it. */
const today = () => japanDay(new Date().toISOString());


describe('trial placements', () => {
  let server: SyncServer;
  let tablet: TabletPage;
  let page: Page;

  beforeAll(async () => {
    server = await startSyncServer();
    tablet = await openTabletPage();
    page = tablet.page;
  });

  afterAll(async () => {
    await tablet?.close();
    await server?.close();
  });

  it('proposes a trial from the seeker page, recording the missing consent on the way', async () => {
    const seeker = server.data.seekers.find((s) => !server.data.consents.some((c) => c.seekerId === s.id))!;
    const company = server.data.companies.find((c) => c.status === 'host_registered')!;
    await page.goto(`${server.url}/seekers/${seeker.id}`);
    await signIn(page, 'coordinator');
    await page.getByRole('link', { name: 'トライアルワークを提案' }).click();
    await page.getByRole('heading', { name: 'トライアルワークを提案' }).waitFor();

    await page.getByRole('searchbox', { name: '受入企業を検索' }).fill(company.name);
    await page.getByRole('button', { name: new RegExp(company.name) }).first().click();
    await page.getByText('この企業への情報提供の同意がありません').waitFor();
    await page.getByLabel(/^職種/).fill('検品・梱包');
    await page.getByLabel(/^開始日/).fill(addDays(today(), -14));
    await page.getByLabel(/^終了日/).fill(addDays(today(), -1));
    await page.getByText('同意を記録', { exact: true }).click();
    await photographAtTabletSizes(page, 'placement-editor-consent', page.getByRole('heading', { name: 'トライアルワークを提案' }), { width: 1024, height: 768 });
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel(/^確認した職員/).fill('工藤 美穂');
    await page.getByRole('button', { name: '同意を保存' }).click();
    await page.getByText('この企業への情報提供について、本人の同意があります。').waitFor();
    expect(await page.getByLabel(/^職種/).inputValue()).toBe('検品・梱包');
    await page.getByRole('button', { name: '提案を保存' }).click();
    await page.getByRole('heading', { name: new RegExp(`× ${company.name}`) }).waitFor();
  });

  it('moves the trial along, shows the check-in due and adds one', async () => {
    for (const to of ['調整中', '実施中']) {
      await page.getByRole('button', { name: `「${to}」にする` }).click();
      await page.getByRole('button', { name: `「${to}」として保存` }).click();
      await page.getByText(`「${to}」にしました`).waitFor();
    }
    await page.getByText(/確認が必要です/).waitFor();

    await page.getByRole('button', { name: '確認記録を追加' }).click();
    await page.getByLabel(/^内容/).fill('作業手順を覚え、表情も明るい。');
    await page.getByLabel(/^気になること/).fill('朝の通勤バスが混む');
    await page.getByRole('button', { name: '確認記録を保存' }).click();
    await page.getByText('確認記録を保存しました').waitFor();
    // The notice goes when the page's live query answers again, which may be after the flash.
    await page.getByText(/確認が必要です/).waitFor({ state: 'detached' });
    await photographAtTabletSizes(page, 'placement-in-trial', page.getByRole('heading', { name: '確認記録' }), { width: 1024, height: 768 });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('hires with the date and employment type, then records the 1-month retention check', async () => {
    await page.getByRole('button', { name: '「採用」にする' }).click();
    await page.getByRole('button', { name: '「採用」として保存' }).click();
    await page.getByText('入力してください').first().waitFor();
    await page.getByLabel(/^雇用形態/).selectOption('regular');
    await page.getByLabel(/^職場環境の改善/).first().fill('作業手順書があると覚えやすい');
    await page.getByRole('button', { name: '「採用」として保存' }).click();
    await page.getByText('「採用」にしました').waitFor();
    await page.getByRole('heading', { name: '採用と定着' }).waitFor();
    await page.getByRole('link', { name: /円（未請求）/ }).waitFor();

    await page.getByRole('button', { name: '1か月の結果を記録' }).click();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('定着確認を保存しました').waitFor();
    await page.getByText('在職', { exact: true }).waitFor();
    await photographAtTabletSizes(page, 'placement-hired', page.getByRole('heading', { name: '採用と定着' }), { width: 1024, height: 768 });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(tablet.errors).toEqual([]);
  });
});
