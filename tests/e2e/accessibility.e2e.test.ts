/**
 * Usable by everyone: every screen a coordinator, teacher or admin reaches is audited with axe-core
 * against WCAG 2.1 A/AA (labelled controls, names, contrast, landmarks, ARIA use), in Japanese and
 * in English, at the tablet size: sign-in, passcode setup and lock, the lists (virtualised), an
 * editor showing its field errors, the detail screens, sync review, settings, teacher home, admin.
 * No violation is allowed; a finding names the screen, the rule and the element.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/shared/auth-protocol';
import { accessibilityViolations } from './support/accessibility';
import { launchBrowser, newTabletContext } from './support/browser';
import { demoUser } from './support/demo-auth';
import { E2E_PASSCODE } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

type Lang = 'ja' | 'en';
const TEXT = {
  ja: { loginId: 'ログインID', password: 'パスワード', signIn: 'サインイン', passcode: 'パスコード（数字', again: 'パスコード（確認', setPasscode: '設定する', save: '保存', unlock: 'ロックを解除' },
  en: { loginId: 'Login ID', password: 'Password', signIn: 'Sign in', passcode: 'Passcode (4', again: 'Passcode (again', setPasscode: 'Set passcode', save: 'Save', unlock: 'Unlock' },
};

describe('accessibility of every screen', () => {
  let server: SyncServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startSyncServer({ demo: { seekers: 30 } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Collects each screen's findings, so one run reports every screen, not only the first. */
  const auditor = (page: Page, lang: Lang) => {
    const found: string[] = [];
    const audit = async (where: string) => {
      for (const line of await accessibilityViolations(page)) found.push(`[${lang}] ${where}: ${line}`);
    };
    const visit = async (path: string) => {
      await page.goto(`${server.url}${path}`);
      await page.locator('h1').first().waitFor();
      await audit(path);
    };
    return { found, audit, visit };
  };

  /** Signs in on a fresh device in `lang`, auditing the sign-in and passcode-setup screens on the way. */
  const signInAuditing = async (context: BrowserContext, role: Role, lang: Lang) => {
    const page = await context.newPage();
    const text = TEXT[lang];
    const { found, audit, visit } = auditor(page, lang);
    await page.goto(server.url);
    await page.locator('h1').first().waitFor();
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: text.signIn, exact: true }).waitFor();
    await audit('sign-in');
    const user = demoUser(role);
    await page.getByLabel(text.loginId).fill(user.loginId);
    await page.getByLabel(text.password).fill(user.password);
    await page.getByRole('button', { name: text.signIn, exact: true }).click();
    await page.getByLabel(text.passcode).waitFor();
    await audit('passcode setup');
    await page.getByLabel(text.passcode).fill(E2E_PASSCODE);
    await page.getByLabel(text.again).fill(E2E_PASSCODE);
    await page.getByRole('button', { name: text.setPasscode }).click();
    await page.getByTestId('app-menu').waitFor();
    return { page, text, found, audit, visit };
  };

  for (const lang of ['ja', 'en'] as const) {
    it(`has no violation on the coordinator's screens (${lang})`, async () => {
      const context = await newTabletContext(browser);
      const { page, text, found, audit, visit } = await signInAuditing(context, 'coordinator', lang);

      // A coordinator lands on the day list (its items, or the reassurance that nothing is due).
      await page.waitForURL(/\/today$/u);
      await page.locator('.due-item, .day-list__empty').first().waitFor();
      await audit('/today');
      await page.goto(`${server.url}/seekers`);
      await page.locator('.vlist__row a').first().waitFor();
      await audit('/seekers');
      await page.goto(`${server.url}/seekers/new`);
      await page.getByRole('button', { name: text.save, exact: true }).click();
      await page.locator('[aria-invalid="true"]').first().waitFor();
      await audit('/seekers/new with field errors');
      await page.goto(`${server.url}/seekers`);
      await page.locator('.vlist__row a').first().click();
      await page.locator('h1').first().waitFor();
      await audit('a seeker');
      for (const path of ['/companies', '/companies/new', '/fees', '/fees/settings', '/sync/attention', '/sync/conflicts', '/settings']) await visit(path);
      await page.goto(`${server.url}/companies`);
      await page.locator('.vlist__row a').first().click();
      await page.locator('h1').first().waitFor();
      await audit('a company');

      const reopened = await context.newPage();
      await reopened.goto(`${server.url}/seekers`);
      await reopened.getByRole('button', { name: text.unlock }).waitFor();
      for (const line of await accessibilityViolations(reopened)) found.push(`[${lang}] passcode lock: ${line}`);

      expect(found).toEqual([]);
      await context.close();
    });
  }

  it('has no violation on the teacher and admin screens', async () => {
    const found: string[] = [];
    for (const [role, paths] of [
      ['teacher', ['/teacher']],
      ['admin', ['/admin', '/admin/users', '/admin/devices', '/fees/settings']],
    ] as const) {
      const context = await newTabletContext(browser);
      const signedIn = await signInAuditing(context, role, 'ja');
      for (const path of paths) await signedIn.visit(path);
      found.push(...signedIn.found);
      await context.close();
    }
    expect(found).toEqual([]);
  });
});
