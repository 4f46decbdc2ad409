/**
 * Admin screens end to end: in Chromium against the real server with sign-in, the demo
 * admin creates a teacher for a school, changes a coordinator's role, revokes a device, and opens a
 * seeker's change history. The server's own answers are checked too (the new teacher can sign in
 * bound to the school; the revoked device is refused), so the screens are not just showing their hopes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE, sessionResponseSchema } from '../../src/shared/auth-protocol';
import { PROTOCOL_VERSION } from '../../src/shared/sync-protocol';
import { DEMO_USERS } from '../../sync-server/src/services/bootstrap-users';
import { openAppMenu } from './support/app-menu';
import { openTabletPage, type TabletPage } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

const password = (loginId: string) => DEMO_USERS.find((u) => u.loginId === loginId)!.password;

/** A small demo data set, so the admin's first sync is quick. */
const SMALL_DEMO = { seed: 5, seekers: 30, companies: 10, schools: 3, studentsPerSchool: 5, trialPlacements: 10 };

/** Signs in over HTTP as another device would; returns its cookie and what the server answered. */
async function apiLogin(url: string, loginId: string, pw: string, clientId = crypto.randomUUID()) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url, [CLIENT_HEADER]: CLIENT_HEADER_VALUE },
    body: JSON.stringify({ loginId, password: pw, clientId }),
  });
  const body: unknown = await response.json();
  return { status: response.status, body, clientId, cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '' };
}

describe('admin: users, devices, record history', () => {
  let server: SyncServer;
  let tablet: TabletPage;
  let page: Page;

  beforeAll(async () => {
    server = await startSyncServer({ demo: SMALL_DEMO });
    tablet = await openTabletPage();
    ({ page } = tablet);
    // Through the real sign-in and passcode screens, then the first sync must finish.
    await page.goto(server.url);
    await signIn(page, 'admin');
    await page.getByTestId('sync-status').getByText(/に同期済み/).waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await tablet?.close();
    await server?.close();
  });

  it('creates a teacher bound to a school, who can then sign in with that school only', async () => {
    const school = server.data.schools[1]!;
    await (await openAppMenu(page)).getByRole('link', { name: '管理' }).click();
    await page.getByRole('link', { name: '利用者' }).click();
    await page.getByRole('rowheader', { name: /デモ 管理者/ }).waitFor();

    await page.getByText('利用者を追加').click();
    const form = page.getByRole('form', { name: '利用者を追加' });
    await form.getByLabel(/^ログインID/).fill('Sato.Teacher');
    await form.getByLabel(/^氏名/).fill('佐藤 花子');
    await form.getByLabel(/^役割/).selectOption('teacher');
    await form.getByLabel(/^初期パスワード/).fill('short');
    await form.getByRole('button', { name: '追加する' }).click();
    await form.getByText('教員は担当校を選んでください').waitFor();
    await form.getByText('パスワードは10文字以上にしてください').waitFor();
    await saveScreenshot(page, 'admin-users-create-errors');

    await form.getByLabel(/^担当校/).selectOption({ label: school.name });
    await form.getByLabel(/^初期パスワード/).fill('hanako-first-pw');
    await form.getByRole('button', { name: '追加する' }).click();
    await page.getByText('「佐藤 花子」（sato.teacher）を追加しました。', { exact: false }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /佐藤 花子/ }) });
    await row.getByRole('cell', { name: '教員' }).waitFor();
    await row.getByRole('cell', { name: school.name }).waitFor();

    const login = await apiLogin(server.url, 'sato.teacher', 'hanako-first-pw');
    expect(login.status).toBe(200);
    expect(sessionResponseSchema.parse(login.body).user).toMatchObject({ role: 'teacher', schoolId: school.id });
  });

  it("changes a coordinator's role to counter", async () => {
    await page.getByRole('button', { name: '「デモ コーディネーター」を編集' }).click();
    const form = page.getByRole('form', { name: '「デモ コーディネーター」の設定' });
    await form.getByLabel(/^役割/).selectOption('counter');
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByText('「デモ コーディネーター」の設定を変更しました').waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /デモ コーディネーター/ }) });
    await row.getByRole('cell', { name: '窓口' }).waitFor();
    await saveScreenshot(page, 'admin-users');

    const login = await apiLogin(server.url, 'coordinator', password('coordinator'));
    expect(sessionResponseSchema.parse(login.body).user.role).toBe('counter');
  });

  it('revokes a device after a confirmation that says what it still holds; the server then refuses it', async () => {
    const device = await apiLogin(server.url, 'counter', password('counter'));
    expect(device.status).toBe(200);
    const shortId = device.clientId.slice(0, 8);
    // Its last sync run ended with two changes refused by the server and one still queued.
    const reported = await fetch(`${server.url}/api/sync/device-report`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.url, [CLIENT_HEADER]: CLIENT_HEADER_VALUE, Cookie: device.cookie },
      body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, clientId: device.clientId, userId: 'x', unsent: 1, needsAttention: 2, oldestUnsentAt: '2026-11-20T00:30:00.000Z' }),
    });
    expect(reported.status).toBe(200);

    await page.getByRole('link', { name: '管理メニューへ戻る' }).click();
    await page.getByRole('link', { name: '端末' }).click();
    // The admin's own tablet is marked and cannot be revoked from itself.
    const own = page.getByRole('row').filter({ hasText: 'この端末' });
    await own.getByText('デモ 管理者').waitFor();
    expect(await own.getByRole('button').count()).toBe(0);
    await page.getByRole('button', { name: `端末 ${shortId} を無効化` }).click();
    const confirm = page.getByRole('group', { name: `端末 ${shortId} を無効化しますか？` });
    await confirm.getByText(/次にサーバーに接続したとき/).waitFor();
    await confirm.getByText(/送信されていない変更が 3 件ありました/).waitFor();
    await page.getByRole('row').filter({ hasText: shortId }).getByText('未送信 1件 · 要確認 2件 · 最古 2026/11/20 9:30:00').waitFor();
    await saveScreenshot(page, 'admin-devices-confirm');
    expect(await accessibilityViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: '無効化する' }).click();
    await page.getByText(`端末 ${shortId} を無効化しました。`, { exact: false }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: shortId }) });
    await row.getByText('無効化済み').waitFor();
    expect(await row.getByRole('button').count()).toBe(0);
    await saveScreenshot(page, 'admin-devices');

    const after = await fetch(`${server.url}/api/auth/session`, { headers: { Cookie: device.cookie } });
    expect(after.status).toBe(403);
    expect(await after.json()).toMatchObject({ reason: 'device-revoked' });
  });

  it("shows a seeker's change history: who, device, both clocks, fields, result", async () => {
    await page.getByRole('link', { name: '求職者' }).first().click();
    await page.locator('.row-link').first().click();
    // The list has an h1 too: wait for the seeker's own address, not for a heading.
    await page.waitForURL(/\/seekers\/[^/]+$/u);
    const seekerUrl = page.url();
    await page.goto(`${seekerUrl}/edit`);
    await page.getByLabel(/^メモ/).fill('管理者が確認した内容');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('保存しました').waitFor();
    await expect.poll(() => page.getByTestId('pending-count').count(), { timeout: 20_000 }).toBe(0);

    await page.getByText('変更履歴').click();
    const item = page.locator('.record-history__item').first();
    await item.getByText(/デモ 管理者/).waitFor({ timeout: 15_000 });
    await item.getByText('反映').waitFor();
    expect(await item.locator('dd').first().textContent()).toContain('メモ');
    await item.getByText('端末での時刻').waitFor();
    await item.getByText('サーバー受信').waitFor();
    await page.locator('.record-history').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'admin-record-history');
    expect(tablet.errors).toEqual([]);
  });
});
