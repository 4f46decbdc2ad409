/**
 * A shared tablet changing hands: a coordinator signs in, works offline (edits a seeker,
 * registers one), reopens the app offline with the passcode, syncs once back online and signs out.
 * Afterwards the origin's IndexedDB holds no seeker (every database and store is read from the
 * page). Then a teacher signs in on the same browser profile: the teacher's sync answers carry no
 * seeker, the device stores none after the initial sync, and /seekers redirects to the school page.
 * Screenshots: sign-in, passcode lock and teacher home at 1024×768 and 768×1024.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppMenu } from './support/app-menu';
import { openTabletPage, type TabletPage } from './support/browser';
import { dumpIndexedDb, webStorageAndCaches } from './support/origin-storage';
import { outboxCount, waitForController } from './support/pwa-page';
import { saveScreenshot } from './support/screenshots';
import { fillNewSeeker } from './support/seeker-form';
import { E2E_PASSCODE, fillSignIn, setPasscodeIfAsked, signIn, unlockAfterOfflineLoad } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

const PORTRAIT = { width: 768, height: 1024 };
const LANDSCAPE = { width: 1024, height: 768 };

async function shootBoth(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, `${name}-landscape`);
  await page.setViewportSize(PORTRAIT);
  await saveScreenshot(page, `${name}-portrait`);
  await page.setViewportSize(LANDSCAPE);
}

const storeSizes = (dump: Awaited<ReturnType<typeof dumpIndexedDb>>) =>
  Object.fromEntries(Object.entries(dump).map(([db, stores]) => [db, Object.fromEntries(Object.entries(stores).map(([s, rows]) => [s, rows.length]))]));

describe('sign-out and hand-over on one browser', () => {
  let server: SyncServer;
  let tablet: TabletPage;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // Today as the demo's today, so the teacher home has upcoming sessions to show.
    server = await startSyncServer({ demo: { seekers: 40, companies: 20, now: new Date().toISOString() } });
    tablet = await openTabletPage(LANDSCAPE);
    ({ context, page } = tablet);
  });

  afterAll(async () => {
    await tablet?.close();
    await server?.close();
  });

  it('signs a coordinator in and brings the seekers', async () => {
    await page.goto(`${server.url}/seekers`);
    await page.getByRole('heading', { name: 'サインイン', exact: true }).waitFor();
    await shootBoth(page, 'auth-sign-in');
    // A wrong password is reported next to the password field.
    await page.getByLabel(/^ログインID/).fill('coordinator');
    await page.getByLabel(/^パスワード/).fill('wrong-password');
    await page.getByRole('button', { name: 'サインイン', exact: true }).click();
    await page.getByText('ログインIDまたはパスワードが正しくありません').waitFor();
    await saveScreenshot(page, 'auth-sign-in-error');
    await fillSignIn(page, 'coordinator');
    await page.getByRole('heading', { name: 'パスコードの設定' }).waitFor();
    await saveScreenshot(page, 'auth-passcode-setup');
    await setPasscodeIfAsked(page);
    await page.getByText('40件').waitFor();
    await waitForController(page);
    await (await openAppMenu(page)).getByTestId('current-user').getByText('デモ コーディネーター（コーディネーター）').waitFor();
  });

  it('edits and registers seekers offline', async () => {
    await context.setOffline(true);
    await page.locator('.row-link').first().click();
    await page.getByRole('link', { name: '編集' }).click();
    await page.getByLabel(/^メモ/).fill('オフラインで追記');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('保存しました').waitFor();

    await page.goto(`${server.url}/seekers/new`);
    await unlockAfterOfflineLoad(page);
    await fillNewSeeker(page, { familyName: '北野', givenName: '遥', familyNameKana: 'きたの', givenNameKana: 'はるか', birthDate: '1988-07-14', phone: '090-1234-5678', town: 'higashikawa' });
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { name: '北野 遥' }).waitFor();
    expect(await outboxCount(page)).toBe(2);
  });

  it('reopens offline with the passcode (a wrong one is counted)', async () => {
    const reopened = await context.newPage();
    await reopened.goto(`${server.url}/seekers`);
    await reopened.getByRole('heading', { name: 'パスコードを入力' }).waitFor();
    await shootBoth(reopened, 'auth-passcode-lock');
    await reopened.getByRole('textbox', { name: /^パスコード/ }).fill('0000');
    await reopened.getByRole('button', { name: 'ロックを解除' }).click();
    await reopened.getByText('パスコードが違います。あと 4 回').waitFor();
    await reopened.getByRole('textbox', { name: /^パスコード/ }).fill(E2E_PASSCODE);
    await reopened.getByRole('button', { name: 'ロックを解除' }).click();
    // Typed once the list is there (the unlock, a 200,000-round key derivation, can take seconds on a loaded machine).
    await reopened.locator('.vlist__row a').first().waitFor();
    await reopened.getByRole('searchbox').or(reopened.getByLabel('氏名・フリガナ・電話番号で検索')).first().fill('きたの');
    await reopened.getByRole('link', { name: /北野 遥/ }).waitFor();
    await reopened.close();
  });

  it('syncs once online, then signs out leaving no seeker anywhere in IndexedDB', async () => {
    await context.setOffline(false);
    await expect.poll(() => outboxCount(page), { timeout: 30_000, interval: 500 }).toBe(0);
    await (await openAppMenu(page)).getByRole('button', { name: 'サインアウト' }).click();
    const dialog = page.getByTestId('sign-out-dialog');
    await dialog.getByRole('button', { name: 'サインアウトする' }).click();
    await page.getByTestId('sign-in-reason').getByText('サインアウトしました').waitFor();

    const dump = await dumpIndexedDb(page);
    const everything = JSON.stringify(dump);
    expect(storeSizes(dump)['trial-work-field']?.['seekers']).toBe(0);
    for (const [db, stores] of Object.entries(dump)) {
      for (const [store, rows] of Object.entries(stores)) {
        // Only the device id may remain (it survives sign-out so an admin can revoke the device).
        if (db === 'trial-work-field' && store === 'meta') expect(rows.map((r) => (r as { key: string }).key).sort()).toEqual(['sync.clientId']);
        else expect(rows, `${db}/${store}`).toEqual([]);
      }
    }
    expect(everything).not.toContain('北野');
    expect(everything).not.toContain('オフラインで追記');
    const web = await webStorageAndCaches(page);
    expect(web.session).toEqual([]);
    expect(web.local.filter((k) => k !== 'field.lang')).toEqual([]);
    expect(web.cached.filter((url) => url.startsWith('/api/'))).toEqual([]);
  });

  it('signs a teacher in on the same browser: no seeker is sent, stored or shown', async () => {
    const syncBodies: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/sync/')) void response.text().then((body) => syncBodies.push(body), () => {});
    });
    await signIn(page, 'teacher');
    await page.waitForURL(/\/teacher$/u);
    await page.getByTestId('sync-status').getByText(/に同期済み/).waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: /^今日/ }).waitFor();
    await shootBoth(page, 'teacher-home');

    const sizes = storeSizes(await dumpIndexedDb(page))['trial-work-field'] ?? {};
    expect(sizes['seekers']).toBe(0);
    expect(sizes['counsellingRecords']).toBe(0);
    expect(sizes['students']).toBeGreaterThan(0);
    expect(syncBodies.length).toBeGreaterThan(0);
    for (const body of syncBodies) expect(body).not.toContain('"entity":"seekers"');

    await page.goto(`${server.url}/seekers`);
    await page.waitForURL(/\/teacher$/u);
    expect(await page.getByRole('link', { name: '求職者' }).count()).toBe(0);
    expect(storeSizes(await dumpIndexedDb(page))['trial-work-field']?.['seekers']).toBe(0);
    expect(tablet.errors).toEqual([]);
  });
});
