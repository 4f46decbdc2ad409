/**
 * A coordinator on a tablet held upright (768×1024) registers a school, finds it in the school list by
 * its reading in hiragana, registers a student there with the reading typed in half-width kana, and finds
 * the student in the school's class list; a teacher is taken to its own school. A demo school's page (students, attendance rate) and the student
 * form are screenshotted at 1024×768 and 768×1024 and audited with axe.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility';
import { newTabletContext, openTabletPage, type TabletPage } from './support/browser';
import { registerSchool } from './support/school-form';
import { saveScreenshot } from './support/screenshots';
import { signIn, signInSynced } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

const PORTRAIT = { width: 768, height: 1024 };
const LANDSCAPE = { width: 1024, height: 768 };

describe('schools and students on a tablet', () => {
  let server: SyncServer;
  let tablet: TabletPage;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startSyncServer();
    tablet = await openTabletPage(PORTRAIT);
    ({ page, errors } = tablet);
    await signInSynced(page, `${server.url}/schools`, 'coordinator');
  });

  afterAll(async () => {
    await tablet?.close();
    await server?.close();
  });

  /** Screenshots the page in landscape and portrait, and returns to portrait. */
  async function bothSizes(name: string) {
    await page.setViewportSize(LANDSCAPE);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, `${name}-1024`);
    await page.setViewportSize(PORTRAIT);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, `${name}-768`);
  }

  it('registers a school and finds it in the list by its reading in hiragana', async () => {
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '学校' }).click();
    await page.getByRole('heading', { level: 1, name: '学校' }).waitFor();
    await page.getByRole('link', { name: /新規/ }).waitFor();
    await registerSchool(page, server.url, { name: '比布総合高等学校', reading: 'ぴっぷそうごうこうとうがっこう', town: '比布町', teacher: '高橋 恵', phone: '0166-85-1234' });
    await page.getByText('ピップソウゴウコウトウガッコウ').waitFor();
    await page.getByText('生徒はまだ登録されていません').waitFor();

    await page.goto(`${server.url}/schools`);
    await page.getByLabel('学校名・よみで検索').fill('ぴっぷそうごう');
    await page.getByRole('link', { name: /比布総合高等学校/ }).waitFor();
    await page.getByText('1件', { exact: true }).waitFor();
  });

  it('registers a student at the school and finds them in its class list', async () => {
    await page.getByRole('link', { name: /比布総合高等学校/ }).click();
    await page.getByRole('heading', { level: 1, name: '比布総合高等学校' }).waitFor();
    await page.getByRole('link', { name: /生徒を登録/ }).click();
    await page.getByRole('heading', { level: 1, name: '生徒を登録' }).waitFor();
    await page.locator('.form__context', { hasText: '比布総合高等学校' }).waitFor();
    await page.getByLabel(/^姓/).fill('北村');
    await page.getByLabel(/^名/).fill('結衣');
    await page.getByLabel(/^セイ（/).fill('ｷﾀﾑﾗ');
    await page.getByLabel(/^メイ（/).fill('ゆい');
    await page.getByLabel(/^学年/).selectOption({ label: '2年' });
    await page.getByLabel(/^組/).fill('2年1組');
    await page.getByLabel(/^出席番号/).fill('7');
    await page.getByText('就職', { exact: true }).click();
    await bothSizes('student-form');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { level: 1, name: '北村 結衣' }).waitFor();
    await page.getByText('キタムラ ユイ').waitFor();
    await page.getByText('出欠の記録はまだありません').waitFor();

    await page.getByRole('link', { name: /戻る/ }).click();
    await page.getByRole('heading', { level: 1, name: '比布総合高等学校' }).waitFor();
    const group = page.getByRole('region', { name: '2年1組' });
    await group.getByRole('link', { name: /北村 結衣/ }).waitFor();
    expect(await group.getByText('7番').isVisible()).toBe(true);
    await page.getByLabel('氏名・よみで検索').fill('きたむら');
    await page.getByText('1件', { exact: true }).waitFor();
  });

  it("shows a demo school's attendance rate and its students by class", async () => {
    const school = server.data.schools.find((s) => server.data.attendance.some((a) => a.schoolId === s.id))!;
    await page.goto(`${server.url}/schools/${school.id}`);
    await page.getByRole('heading', { level: 1, name: school.name }).waitFor();
    await page.getByText(/出席率 \d+%/).waitFor();
    await page.locator('.class-group').first().waitFor();
    expect(await page.getByRole('link', { name: 'インターンシップのプログラムを見る' }).getAttribute('href')).toBe(`/programmes?school=${school.id}`);
    await bothSizes('school-page');
    expect(await accessibilityViolations(page)).toEqual([]);

    const student = server.data.attendance.find((a) => a.schoolId === school.id)!.studentId;
    await page.goto(`${server.url}/students/${student}`);
    await page.getByRole('heading', { name: '出欠の記録' }).waitFor();
    await page.getByText(/出席率 \d+%/).waitFor();
    await bothSizes('student-page');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('takes a teacher from the school list to its own school, which it may edit but not delete', async () => {
    const teacherContext = await newTabletContext(tablet.browser, PORTRAIT);
    try {
      const teacher = await teacherContext.newPage();
      await teacher.goto(`${server.url}/schools`);
      await signIn(teacher, 'teacher');
      const school = server.data.schools[0]!;
      await teacher.getByRole('heading', { level: 1, name: school.name }).waitFor({ timeout: 30_000 });
      expect(new URL(teacher.url()).pathname).toBe(`/schools/${school.id}`);
      await teacher.getByRole('link', { name: '編集' }).waitFor();
      expect(await teacher.getByRole('button', { name: '削除' }).count()).toBe(0);
      await teacher.locator('.class-group').first().waitFor();
    } finally {
      await teacherContext.close();
    }
  });
});
