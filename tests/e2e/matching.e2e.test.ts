/**
 * Match suggestions as a coordinator meets them in Chromium: a seeker's page lists open openings with
 * their reasons and a link that proposes the seeker for one, a company's page lists the seekers who fit,
 * both at the two tablet sizes and passing the accessibility audit; the counter sees neither. Openings
 * are written into the device's database here, so the test does not depend on what the demo data holds.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Industry } from '../../src/shared/codes';
import type { Company, Opening, Seeker } from '../../src/shared/entities';
import { accessibilityViolations } from './support/accessibility';
import { launchBrowser, newTabletContext } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

const TABLET_SIZES = [
  { name: 'landscape', width: 1024, height: 768 },
  { name: 'portrait', width: 768, height: 1024 },
] as const;

/** A job type and content per industry, so the screenshots read like real openings. */
const JOBS: Record<Industry, [string, string]> = {
  manufacturing: ['軽作業', '部品の検品と箱詰め'],
  construction: ['現場補助', '資材の運搬と現場の片付け'],
  retail: ['品出し・レジ', '商品の品出しと補充、レジ補助'],
  food_service: ['調理補助', '仕込み、盛り付け、洗い場'],
  care_welfare: ['介護補助', '入浴・食事の補助、居室の清掃'],
  medical: ['看護助手', 'シーツ交換、配膳、院内の清掃'],
  agriculture: ['農作業', '野菜の収穫と出荷作業'],
  logistics: ['倉庫内作業', 'ピッキングと梱包、出荷準備'],
  tourism: ['客室清掃', '客室の清掃とベッドメイク'],
  it: ['データ入力', '伝票のデータ入力と確認'],
  office: ['一般事務', '書類の整理、電話応対'],
  services: ['清掃スタッフ', '施設の日常清掃'],
  other: ['軽作業', '施設内の軽作業'],
};

/** Openings at five host companies: three in the seeker's first wanted industry (one in their town). */
function openingsFor(seeker: Seeker, hosts: Company[]): Opening[] {
  const now = new Date().toISOString();
  const today = now.slice(0, 10);
  const others: Industry[] = ['retail', 'manufacturing', 'agriculture'];
  return hosts.map((company, i) => {
    const industry = i < 3 ? seeker.desiredIndustries[0]! : (others.find((x) => !seeker.desiredIndustries.includes(x)) ?? 'other');
    const [jobType, jobContent] = JOBS[industry];
    return {
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      version: 1,
      deleted: false,
      companyId: company.id,
      jobType,
      industry,
      jobContent,
      town: i === 0 ? seeker.town : company.town,
      workplace: '',
      workingHours: '9:00〜16:00',
      workingDays: '週3〜4日',
      wageUnit: 'hourly',
      wageAmount: 1_075,
      places: 1 + (i % 3),
      receivedOn: today,
      validUntil: `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`,
      closedOn: '',
      notes: '',
    };
  });
}

/** Scrolls a section's heading to just below the sticky app header, for a screenshot of its top. */
const scrollToTop = (section: Locator) =>
  section.evaluate((el) => {
    const header = document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0;
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - header - 8);
  });

/** Writes records straight into the device's database (no outbox: they stay on this device). */
const putOnDevice = (page: Page, table: string, records: readonly object[]) =>
  page.evaluate(
    ({ table, records }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('trial-work-field');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(table, 'readwrite');
          for (const r of records) tx.objectStore(table).put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { table, records },
  );

describe('match suggestions', () => {
  let server: SyncServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let page: Page;
  let seeker: Seeker;
  let openings: Opening[];
  const errors: string[] = [];

  const openSignedIn = async (role: 'coordinator' | 'counter') => {
    const context = await newTabletContext(browser);
    contexts.push(context);
    const p = await context.newPage();
    p.on('pageerror', (error) => errors.push(error.message));
    await p.goto(`${server.url}/seekers`);
    await signIn(p, role);
    await p.getByTestId('sync-status').getByText(/に同期済み/).waitFor({ timeout: 30_000 });
    return p;
  };

  beforeAll(async () => {
    server = await startSyncServer();
    browser = await launchBrowser();
    const placed = new Set(server.data.trialPlacements.map((p) => p.seekerId));
    seeker = server.data.seekers.find((s) => !s.deleted && s.status === 'registered' && s.desiredIndustries.length > 0 && !placed.has(s.id))!;
    const hosts = server.data.companies.filter((c) => !c.deleted && (c.status === 'active' || c.status === 'host_registered')).slice(0, 5);
    expect(hosts).toHaveLength(5);
    openings = openingsFor(seeker, hosts);
    page = await openSignedIn('coordinator');
    await putOnDevice(page, 'openings', openings);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  it("shows a seeker's best openings with their reasons, and proposes one with everything filled in", async () => {
    await page.goto(`${server.url}/seekers/${seeker.id}`);
    const section = page.getByRole('region', { name: 'おすすめの求人' });
    const items = section.getByRole('listitem').filter({ has: page.getByRole('link', { name: /この求人で提案/ }) });
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThanOrEqual(3);
    const reasons = await items.first().getByRole('list', { name: '理由' }).getByRole('listitem').allTextContents();
    expect(reasons.some((r) => /^希望業種: .+が一致$/.test(r))).toBe(true);
    expect(reasons.some((r) => /^通勤: .+ 約\d+分$/.test(r))).toBe(true);
    expect(reasons.some((r) => /^受入枠 \d+名空き$/.test(r))).toBe(true);
    for (const size of TABLET_SIZES) {
      await page.setViewportSize(size);
      await scrollToTop(section);
      await saveScreenshot(page, `matching-seeker-${size.name}`);
    }
    expect(await accessibilityViolations(page)).toEqual([]);

    await items.first().getByRole('link', { name: /この求人で提案/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/placements/new');
    const query = new URL(page.url()).searchParams;
    expect(query.get('seekerId')).toBe(seeker.id);
    expect(openings.map((o) => `${o.companyId}/${o.id}`)).toContain(`${query.get('companyId')}/${query.get('openingId')}`);
    await page.setViewportSize(TABLET_SIZES[0]);
  });

  it("lists on a company's page the seekers who fit, with reasons and whether they consented", async () => {
    await page.goto(`${server.url}/companies/${openings[0]!.companyId}`);
    const section = page.getByRole('region', { name: 'この企業に合う求職者' });
    const items = section.getByRole('listitem').filter({ has: page.getByRole('link', { name: /この求人で提案/ }) });
    await items.first().waitFor();
    const reasons = await items.first().getByRole('list', { name: '理由' }).getByRole('listitem').allTextContents();
    expect(reasons.some((r) => r === '同意あり' || r === '同意未取得')).toBe(true);
    for (const size of TABLET_SIZES) {
      await page.setViewportSize(size);
      await scrollToTop(section);
      await saveScreenshot(page, `matching-company-${size.name}`);
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize(TABLET_SIZES[0]);
  });

  it('shows the counter neither section', async () => {
    const counter = await openSignedIn('counter');
    await putOnDevice(counter, 'openings', openings);
    // The sections draw their headings with the page, before their data: absent now means absent.
    await counter.goto(`${server.url}/seekers/${seeker.id}`);
    await counter.getByRole('heading', { level: 1 }).waitFor();
    expect(await counter.getByRole('heading', { name: 'おすすめの求人' }).count()).toBe(0);
    await counter.goto(`${server.url}/companies/${openings[0]!.companyId}`);
    await counter.getByRole('heading', { level: 1 }).waitFor();
    expect(await counter.getByRole('heading', { name: 'この企業に合う求職者' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
