/**
 * The first tap on 保存 always acts. A finger lands where the button was when the tap began: with a
 * bad value in the focused field, the tap at the button's place either submits or shows the errors
 * and puts the focus on the first field in error, on every form (record editors, fee settings, the
 * admin's user form, sign-in, passcode setup and lock), at both tablet sizes. Then the seeker form,
 * corrected while a field keeps the focus, saves with one tap.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/shared/auth-protocol';
import { TABLET_SIZES } from './support/app-screens';
import { launchBrowser, newTabletContext } from './support/browser';
import { fillNewSeeker } from './support/seeker-form';
import { E2E_PASSCODE, fillSignIn, setPasscodeIfAsked, signIn } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

/** Taps the middle of where `button` is now, as a finger would, whatever moves under it during the tap. */
async function tapWhereItIs(page: Page, button: Locator): Promise<void> {
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  if (!box) throw new Error('the submit button is not on screen');
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

/** The screen's fields in error (those showing an error line), and whether the focus is in the first of them as the screen orders them. */
const formState = (page: Page) =>
  page.evaluate(() => {
    const invalid = [...document.querySelectorAll('main .field__error')].map((error) => error.closest('.field'));
    return { invalid: invalid.length, focusOnFirst: Boolean(invalid[0]?.contains(document.activeElement)) };
  });

interface FormCase {
  name: string;
  role: Role;
  path: string;
  /** Opens what hides the form, if anything. */
  open?: (page: Page) => Promise<void>;
  field: RegExp;
  bad: string;
  submit: string;
}

const FORMS: FormCase[] = [
  { name: 'new seeker', role: 'coordinator', path: '/seekers/new', field: /^電話番号/, bad: 'abc', submit: '保存' },
  { name: 'new company', role: 'coordinator', path: '/companies/new', field: /^電話番号/, bad: 'abc', submit: '保存' },
  { name: 'new visit', role: 'coordinator', path: '/visits/new', field: /^記録者/, bad: '', submit: '保存' },
  { name: 'new trial', role: 'coordinator', path: '/placements/new', field: /^職種/, bad: '', submit: '提案を保存' },
  { name: 'fee settings', role: 'admin', path: '/fees/settings', field: /^成功報酬額/, bad: '-5', submit: '保存' },
  {
    name: 'new user',
    role: 'admin',
    path: '/admin/users',
    open: (page) => page.getByText('利用者を追加').click(),
    field: /^ログインID/,
    bad: '!!',
    submit: '追加する',
  },
];

describe('the first tap on a form’s submit button', () => {
  let server: SyncServer;
  let browser: Browser;
  const errors: string[] = [];
  const signedIn = new Map<Role, Page>();

  beforeAll(async () => {
    server = await startSyncServer({ demo: { seekers: 20 } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const newPage = async () => {
    const page = await (await newTabletContext(browser)).newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    return page;
  };

  /** One device per role, signed in once. */
  const pageFor = async (role: Role) => {
    let page = signedIn.get(role);
    if (!page) {
      page = await newPage();
      await page.goto(`${server.url}/settings`);
      await signIn(page, role);
      signedIn.set(role, page);
    }
    return page;
  };

  /** Types the bad value into the field, leaves the focus in it, and taps submit once. */
  const tapWithBadValue = async (page: Page, form: FormCase) => {
    const field = page.getByLabel(form.field).first();
    await field.fill(form.bad);
    await field.focus();
    await tapWhereItIs(page, page.getByRole('button', { name: form.submit, exact: true }));
    await page.locator('main .field__error').first().waitFor();
    return formState(page);
  };

  it('signs in, sets the passcode and unlocks with one tap each, a bad value or not', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/seekers`);
    await page.getByRole('heading', { name: 'サインイン', exact: true }).waitFor();
    await page.getByLabel(/^パスワード/).fill('x');
    await page.getByLabel(/^パスワード/).focus();
    await tapWhereItIs(page, page.getByRole('button', { name: 'サインイン', exact: true }));
    await page.locator('main .field__error').first().waitFor();
    expect(await formState(page)).toEqual({ invalid: 1, focusOnFirst: true });

    await fillSignIn(page, 'coordinator');
    const passcode = page.getByLabel(/^パスコード（数字/);
    await passcode.fill('12');
    await page.getByLabel(/^パスコード（確認/).focus();
    await tapWhereItIs(page, page.getByRole('button', { name: '設定する' }));
    await page.locator('main .field__error').first().waitFor();
    expect((await formState(page)).focusOnFirst).toBe(true);
    await setPasscodeIfAsked(page);

    const reopened = await page.context().newPage();
    await reopened.goto(`${server.url}/seekers`);
    const lock = reopened.locator('input[type=password]');
    await lock.fill('1');
    await tapWhereItIs(reopened, reopened.getByRole('button', { name: 'ロックを解除' }));
    await reopened.locator('main .field__error').first().waitFor();
    expect(await formState(reopened)).toEqual({ invalid: 1, focusOnFirst: true });
    await lock.fill(E2E_PASSCODE);
    await tapWhereItIs(reopened, reopened.getByRole('button', { name: 'ロックを解除' }));
    await reopened.getByTestId('app-menu').waitFor();
    await page.context().close();
  });

  for (const form of FORMS) {
    it(`shows the errors of the ${form.name} form and focuses the first, at both tablet sizes`, async () => {
      const page = await pageFor(form.role);
      for (const size of TABLET_SIZES) {
        await page.setViewportSize(size);
        await page.goto(`${server.url}${form.path}`);
        await page.locator('main h1').waitFor();
        if (form.open) await form.open(page);
        const state = await tapWithBadValue(page, form);
        expect(state.invalid).toBeGreaterThan(0);
        expect(state.focusOnFirst).toBe(true);
        // Once errors show, a second bad value and tap act the same way.
        expect((await tapWithBadValue(page, form)).focusOnFirst).toBe(true);
      }
    });
  }

  it('saves a corrected seeker with one tap while a field keeps the focus', async () => {
    const page = await pageFor('coordinator');
    await page.goto(`${server.url}/seekers/new`);
    await page.locator('main h1').waitFor();
    await tapWithBadValue(page, FORMS[0]!);
    await fillNewSeeker(page, { familyName: '一打', givenName: '保存', familyNameKana: 'イチダ', givenNameKana: 'ホゾン', birthDate: '1980-04-01', phone: '0166-11-2233', town: 'asahikawa' });
    await page.getByLabel(/^電話番号/).focus();
    await tapWhereItIs(page, page.getByRole('button', { name: '保存', exact: true }));
    await page.waitForURL(/\/seekers\/[0-9a-f-]{36}$/u);
    await page.getByRole('heading', { level: 1, name: '一打 保存' }).waitFor();
    expect(errors).toEqual([]);
  });
});
