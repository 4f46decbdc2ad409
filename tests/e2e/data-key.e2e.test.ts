/**
 * The data key in a real browser with the real server: after the first sign-in the device keeps it
 * only wrapped (by the passcode, by the server's key), the server's key is nowhere on the origin, a reload online reopens without the passcode, and a forgotten passcode is
 * replaced through a password sign-in from the lock screen, keeping the data.
 * Screenshots: the passcode screen after that sign-in, at 1024×768 and 768×1024.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility';
import { openTabletPage, type TabletPage } from './support/browser';
import { dumpIndexedDb } from './support/origin-storage';
import { saveScreenshot } from './support/screenshots';
import { E2E_PASSCODE, fillSignIn, signIn } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

const NEW_PASSCODE = '7315';

/** Every IndexedDB record and Web Storage value of the origin, as one text to search. */
const everythingStored = async (page: Page) =>
  JSON.stringify(await dumpIndexedDb(page)) +
  (await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }])));

const metaValue = async (page: Page, key: string) =>
  ((await dumpIndexedDb(page))['trial-work-field']?.['meta'] as { key: string; value: unknown }[] | undefined)?.find((row) => row.key === key)?.value;

async function unlock(page: Page, passcode: string) {
  await page.getByRole('textbox', { name: /^パスコード/ }).fill(passcode);
  await page.getByRole('button', { name: 'ロックを解除' }).click();
}

describe('the data key on a tablet', () => {
  let server: SyncServer;
  let tablet: TabletPage;
  let page: Page;
  const serverKeys: string[] = [];

  beforeAll(async () => {
    server = await startSyncServer({ demo: { seekers: 30, companies: 10 } });
    tablet = await openTabletPage();
    ({ page } = tablet);
    tablet.context.on('response', (response) => {
      if (response.url().endsWith('/api/auth/device-key')) void response.json().then((body: { deviceKey: string }) => serverKeys.push(body.deviceKey), () => {});
    });
  });

  afterAll(async () => {
    await tablet?.close();
    await server?.close();
  });

  it('keeps the data key only wrapped, and not the server key', async () => {
    await page.goto(`${server.url}/seekers`);
    await signIn(page, 'coordinator');
    await page.getByText('30件').waitFor();
    expect(await metaValue(page, 'auth.serverWrappedKey')).toEqual(expect.any(String));
    expect(await metaValue(page, 'auth.passcode')).toEqual({ salt: expect.any(String), iterations: 200_000, wrappedKey: expect.any(String), failures: 0 });
    await expect.poll(() => serverKeys.length).toBeGreaterThan(0);
    // (The passcode's absence is the unit tests' to check: 4 digits turn up in any demo data.)
    expect(await everythingStored(page)).not.toContain(serverKeys[0]);
  });

  it('reopens after a reload online without asking for the passcode', async () => {
    await page.reload();
    await page.getByText('30件').waitFor();
    expect(await page.getByRole('heading', { name: 'パスコードを入力' }).count()).toBe(0);
  });

  it('replaces a forgotten passcode through a password sign-in from the lock screen, keeping the data', async () => {
    const reopened = await tablet.context.newPage();
    await reopened.goto(`${server.url}/seekers`);
    await reopened.getByRole('heading', { name: 'パスコードを入力' }).waitFor();
    await reopened.getByRole('button', { name: 'パスワードでサインイン／ユーザー交代' }).click();
    await fillSignIn(reopened, 'coordinator');
    await reopened.getByRole('heading', { name: 'パスコードの設定' }).waitFor();
    for (const [width, height] of [[1024, 768], [768, 1024]] as const) {
      await reopened.setViewportSize({ width, height });
      await saveScreenshot(reopened, `data-key-new-passcode-${width}`);
    }
    expect(await accessibilityViolations(reopened)).toEqual([]);
    await reopened.getByLabel(/^パスコード（数字/).fill(NEW_PASSCODE);
    await reopened.getByLabel(/^パスコード（確認/).fill(NEW_PASSCODE);
    await reopened.getByRole('button', { name: '設定する' }).click();
    await reopened.getByText('30件').waitFor();
    await reopened.close();

    const later = await tablet.context.newPage();
    await later.goto(`${server.url}/seekers`);
    await later.getByRole('heading', { name: 'パスコードを入力' }).waitFor();
    await unlock(later, E2E_PASSCODE);
    await later.getByText('パスコードが違います。あと 4 回').waitFor();
    await unlock(later, NEW_PASSCODE);
    await later.getByText('30件').waitFor();
    await later.close();
    expect(tablet.errors).toEqual([]);
  });
});
