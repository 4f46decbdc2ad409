// The seeker form as a counter worker fills it: every required field found by its Japanese label,
// and the data-use consent ticked. The caller presses 保存, so a suite can also check what a bad
// value does (the form stays, the field is marked).
import type { Page } from 'playwright-core';

export interface NewSeeker {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthDate: string;
  phone: string;
  /** A town code (the 居住地 select's value). */
  town: string;
}

export async function fillNewSeeker(page: Page, seeker: NewSeeker): Promise<void> {
  await page.getByLabel(/^姓/).fill(seeker.familyName);
  await page.getByLabel(/^名/).fill(seeker.givenName);
  await page.getByLabel(/^セイ/).fill(seeker.familyNameKana);
  await page.getByLabel(/^メイ（/).fill(seeker.givenNameKana);
  await page.getByLabel(/^生年月日/).fill(seeker.birthDate);
  await page.getByLabel(/^電話番号/).fill(seeker.phone);
  await page.getByLabel(/^居住地/).selectOption(seeker.town);
  await page.getByLabel(/利用目的/).check();
}
