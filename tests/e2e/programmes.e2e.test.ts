/**
 * A high-school internship programme as a coordinator sets it up on a tablet held upright (768×1024):
 * a programme for a demo school, grade 2's classes added in one tap, a pre-learning class, then an
 * internship day at a host found by typing its name with two students going; the session's page lists
 * them and leads to the attendance screen. The programme page and the session form are photographed
 * at both tablet sizes and audited with axe.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, japanDay } from '../../src/domain/dates';
import { accessibilityViolations } from './support/accessibility';
import { openTabletPage, type TabletPage } from './support/browser';
import { photographAtTabletSizes } from './support/screenshots';
import { signIn } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

const today = () => japanDay(new Date().toISOString());
const PORTRAIT = { width: 768, height: 1024 };


describe('internship programmes', () => {
  let server: SyncServer;
  let tablet: TabletPage;
  let page: Page;

  beforeAll(async () => {
    server = await startSyncServer();
    tablet = await openTabletPage(PORTRAIT);
    page = tablet.page;
  });

  afterAll(async () => {
    await tablet?.close();
    await server?.close();
  });

  const school = () => server.data.schools[1]!;
  const secondYears = () => server.data.students.filter((s) => s.schoolId === school().id && s.kind === 'high_school' && s.grade === 2);
  const internshipDay = () => addDays(today(), 21);

  it('creates a programme for a school and adds grade 2’s classes in one tap', async () => {
    await page.goto(`${server.url}/programmes`);
    await signIn(page, 'coordinator');
    await page.getByRole('heading', { name: 'インターンシップ', exact: true }).waitFor();
    await page.getByRole('link', { name: '＋ プログラムを作成' }).click();
    await page.getByRole('heading', { name: 'プログラムを作成' }).waitFor();
    await page.getByLabel(/^学校/).selectOption({ label: school().name });
    expect(await page.getByLabel(/^名称/).inputValue()).toMatch(/^令和\d+年度 地元企業インターンシップ$/u);
    await page.getByLabel(/^名称/).fill('地元企業インターンシップ（e2e）');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('heading', { name: '地元企業インターンシップ（e2e）' }).waitFor();

    await page.getByRole('button', { name: '2年の組をすべて選ぶ' }).click();
    const boxes = page.getByRole('group', { name: '組' }).getByRole('checkbox');
    for (let i = 0; i < (await boxes.count()); i++) expect(await boxes.nth(i).isChecked()).toBe(true);
    const expected = secondYears().length;
    await photographAtTabletSizes(page, 'programme-add-classes', page.getByRole('heading', { name: /^参加生徒/ }), PORTRAIT);
    await page.getByRole('button', { name: new RegExp(`^2年の.+を追加（${expected}名）$`, 'u') }).click();
    await page.getByText(`${expected}名を追加しました`).waitFor();
    // The roster's live query follows the write: wait for its last row, then count.
    await page.getByRole('table').getByRole('row').nth(expected).waitFor();
    expect(await page.getByRole('table').getByRole('row').count()).toBe(expected + 1);
  });

  it('adds a pre-learning class and an internship day with a host and two students going', async () => {
    await page.getByRole('link', { name: '＋ 日程を追加' }).click();
    await page.getByRole('heading', { name: '日程を追加' }).waitFor();
    expect(await page.getByRole('radio', { name: '事前学習' }).isChecked()).toBe(true);
    await page.getByLabel(/^日付/).fill(addDays(today(), 7));
    await page.getByLabel(/^開始/).fill('09:00');
    await page.getByLabel(/^終了/).fill('10:30');
    await page.getByLabel(/^場所/).fill('視聴覚室');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('heading', { name: '事前学習', exact: true }).waitFor();
    await page.getByRole('link', { name: '地元企業インターンシップ（e2e）' }).click();

    const day = internshipDay();
    const busy = new Set(server.data.internships.filter((i) => i.startDate <= day && day <= i.endDate && (i.status === 'planned' || i.status === 'active')).map((i) => i.companyId));
    const host = server.data.companies.find((c) => (c.status === 'host_registered' || c.status === 'active') && c.capacity >= 3 && !busy.has(c.id))!;
    const [first, second] = secondYears();
    await page.getByRole('link', { name: '＋ 日程を追加' }).click();
    await page.getByRole('radio', { name: 'インターンシップ' }).check();
    expect(await page.getByLabel(/^名称/).inputValue()).toBe('インターンシップ（職場体験）');
    await page.getByLabel(/^日付/).fill(day);
    await page.getByText('受入企業を選ぶと、行く生徒を選べます').waitFor();
    await page.getByRole('searchbox', { name: /^受入企業/ }).fill(host.name);
    await page.getByRole('button', { name: new RegExp(host.name) }).first().click();
    await page.getByText(new RegExp(`^受入人数 ${host.capacity}名`)).waitFor();
    for (const s of [first!, second!]) await page.getByRole('checkbox', { name: new RegExp(`${s.familyName} ${s.givenName}`) }).check();
    await page.getByText('2名を選択').waitFor();
    await photographAtTabletSizes(page, 'session-form', page.getByRole('heading', { name: '日程を追加' }), PORTRAIT);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('heading', { name: 'インターンシップ（職場体験）' }).waitFor();
    const roster = page.getByRole('table');
    for (const s of [first!, second!]) await roster.getByRole('rowheader', { name: `${s.familyName} ${s.givenName}` }).waitFor();
    expect(await roster.getByRole('row').count()).toBe(3);
    expect(await page.getByRole('link', { name: '出欠をとる' }).getAttribute('href')).toMatch(/^\/sessions\/[0-9a-f-]+\/attendance$/u);
    await page.getByText(host.name).first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows the programme with its sessions in date order and its roster', async () => {
    await page.getByRole('link', { name: '地元企業インターンシップ（e2e）' }).click();
    const sessions = page.getByRole('region', { name: '日程' }).getByRole('listitem');
    await sessions.nth(1).waitFor();
    expect(await sessions.nth(0).textContent()).toContain('事前学習');
    expect(await sessions.nth(1).textContent()).toContain('インターンシップ（職場体験）');
    expect(await sessions.nth(1).textContent()).toContain('対象 2名');
    await photographAtTabletSizes(page, 'programme-page', page.getByRole('heading', { name: '地元企業インターンシップ（e2e）' }), PORTRAIT);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('records a student’s career plan after the school’s own programme, and shows the interest shift', async () => {
    const programme = server.data.internshipProgrammes.filter((p) => p.schoolId === school().id).sort((a, b) => b.fiscalYear - a.fiscalYear)[0]!;
    const post = server.data.programmeSessions.find((s) => s.programmeId === programme.id && s.kind === 'post_learning')!;
    await page.goto(`${server.url}/sessions/${post.id}`);
    await page.getByRole('heading', { name: post.title }).waitFor();
    await photographAtTabletSizes(page, 'session-page', page.getByRole('heading', { name: post.title }), PORTRAIT);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /進路記録）$/u }).first().click();
    await page.getByRole('heading', { name: /^進路記録 / }).waitFor();
    await page.getByRole('group', { name: /^事前/ }).getByRole('radio', { name: '2 あまりない' }).check();
    await page.getByRole('group', { name: /^事後/ }).getByRole('radio', { name: '5 とてもある' }).check();
    await page.getByRole('checkbox', { name: '介護・福祉' }).check();
    await photographAtTabletSizes(page, 'career-plan', page.getByRole('heading', { name: /^進路記録 / }), PORTRAIT);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('heading', { name: post.title }).waitFor();
    await page.getByRole('link', { name: programme.title }).click();
    await page.getByText(/^事前 \d\.\d → 事後 \d\.\d/u).waitFor();
    await photographAtTabletSizes(page, 'programme-page-demo', page.getByRole('heading', { name: '日程' }), PORTRAIT);

    await page.getByRole('link', { name: 'インターンシップ', exact: true }).click();
    await page.getByLabel('学校').selectOption({ label: school().name });
    await page.getByRole('link', { name: /地元企業インターンシップ（e2e）/u }).waitFor();
    expect(await page.getByRole('link', { name: /地元企業インターンシップ/u }).count()).toBe(2);
    await photographAtTabletSizes(page, 'programme-list', page.getByRole('heading', { name: 'インターンシップ', exact: true }), PORTRAIT);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(tablet.errors).toEqual([]);
  });
});
