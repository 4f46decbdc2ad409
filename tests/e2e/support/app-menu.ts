// The header's menu (src/app/app-menu.tsx): 今すぐ同期, 要確認 and 競合, 設定, 管理, the language and
// who is signed in with サインアウト are in it, out of sight until it is opened.
import type { Locator, Page } from 'playwright-core';

/** Opens the menu unless it is open, and resolves with its panel once its content is there. */
export async function openAppMenu(page: Page): Promise<Locator> {
  const button = page.getByTestId('app-menu');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const panel = page.locator('.app-menu__panel');
  await panel.getByTestId('current-user').waitFor();
  return panel;
}

/** 今すぐ同期, from the menu. */
export async function syncNow(page: Page): Promise<void> {
  const panel = await openAppMenu(page);
  await panel.getByRole('button', { name: '今すぐ同期' }).click();
}
