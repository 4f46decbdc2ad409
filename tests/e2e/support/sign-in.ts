// Page-side sign-in for the e2e tests: the sign-in form with a demo user, then, on the
// first sign-in on this device, the offline passcode. Resolves once the app shows the user.
import type { Page } from 'playwright-core';
import type { Role } from '../../../src/shared/auth-protocol';
import { demoUser } from './demo-auth';

export const E2E_PASSCODE = '2468';

export async function fillSignIn(page: Page, role: Role): Promise<void> {
  const user = demoUser(role);
  await page.getByLabel(/^ログインID/).fill(user.loginId);
  await page.getByLabel(/^パスワード/).fill(user.password);
  await page.getByRole('button', { name: 'サインイン', exact: true }).click();
}

export async function setPasscodeIfAsked(page: Page, passcode = E2E_PASSCODE): Promise<void> {
  const setup = page.getByRole('heading', { name: 'パスコードの設定' });
  await setup.or(page.getByTestId('app-menu')).first().waitFor();
  if (await setup.isVisible()) {
    await page.getByLabel(/^パスコード（数字/).fill(passcode);
    await page.getByLabel(/^パスコード（確認/).fill(passcode);
    await page.getByRole('button', { name: '設定する' }).click();
  }
  await page.getByTestId('app-menu').waitFor();
}

/** Signs in as the demo user of `role` on the page's current URL (the sign-in screen must show). */
export async function signIn(page: Page, role: Role, passcode = E2E_PASSCODE): Promise<void> {
  await page.getByRole('heading', { name: 'サインイン', exact: true }).waitFor();
  await fillSignIn(page, role);
  await setPasscodeIfAsked(page, passcode);
}

/** Opens `url`, signs in as `role` and waits for the first sync to finish: a suite's usual start. */
export async function signInSynced(page: Page, url: string, role: Role): Promise<void> {
  await page.goto(url);
  await signIn(page, role);
  await page.getByTestId('sync-status').getByText(/に同期済み/).waitFor();
}

/**
 * The data key lives in the tab's memory only: a page load with no signal (a reload, a goto) cannot
 * ask the server for it, so the lock screen comes up and the passcode opens it again.
 */
export async function unlockAfterOfflineLoad(page: Page, passcode = E2E_PASSCODE): Promise<void> {
  await page.getByRole('heading', { name: 'パスコードを入力' }).waitFor();
  await page.getByRole('textbox', { name: /^パスコード/ }).fill(passcode);
  await page.getByRole('button', { name: 'ロックを解除' }).click();
  await page.getByTestId('app-menu').waitFor();
}
