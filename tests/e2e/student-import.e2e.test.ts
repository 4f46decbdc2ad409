/**
 * A coordinator imports a school's student list from the school's own CP932 CSV on a portrait tablet
 * (768×1024): the encoding is detected, the columns recognised in the file's order, every row shown
 * with its status; nothing is stored before 「4名を登録」, then the four valid students are on the
 * device with their outbox entries, which sync pushes to the server (the server runs the same checks).
 * A second file with a missing column says so before any preview. The preview is screenshotted at
 * both tablet sizes and audited with axe.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility';
import { openTabletPage, type TabletPage } from './support/browser';
import { outboxCount } from './support/pwa-page';
import { registerSchool } from './support/school-form';
import { saveScreenshot } from './support/screenshots';
import { signInSynced } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

const PORTRAIT = { width: 768, height: 1024 };
const LANDSCAPE = { width: 1024, height: 768 };
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/students/${name}`, import.meta.url));

/** Scrolls a section's heading to just under the app's sticky header. */
const scrollBelowHeader = (heading: Element) => {
  const header = document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0;
  window.scrollBy(0, heading.getBoundingClientRect().top - header - 16);
};

type StoredStudent = { schoolId: string; familyName: string; givenName: string; familyNameKana: string; grade: number; className: string; number: number | null };

/** The school's students in the device database, read straight from IndexedDB (sealed: only to count them). */
const studentsOnDevice = (page: Page, schoolId: string) =>
  page.evaluate(async (id) => {
    const open = indexedDB.open('trial-work-field');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const request = db.transaction('students').objectStore('students').index('schoolId').getAll(id);
    const rows = await new Promise<unknown[]>((resolve) => (request.onsuccess = () => resolve(request.result as unknown[])));
    db.close();
    return rows;
  }, schoolId) as Promise<StoredStudent[]>;

describe('importing students from a school’s CSV on a tablet', () => {
  let server: SyncServer;
  let tablet: TabletPage;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startSyncServer();
    tablet = await openTabletPage(PORTRAIT);
    ({ page, errors } = tablet);
    await signInSynced(page, `${server.url}/today`, 'coordinator');
  });

  afterAll(async () => {
    await tablet?.close();
    await server?.close();
  });

  it('previews the CP932 file row by row, imports nothing before the confirmation, then the four valid students', async () => {
    // A school of its own: the demo's schools already hold students in the rows' classes and seats.
    const school = { name: '東鷹栖高等学校', id: await registerSchool(page, server.url, { name: '東鷹栖高等学校', reading: 'ひがしたかすこうとうがっこう', town: '旭川市', teacher: '佐々木 明' }) };
    const before = await studentsOnDevice(page, school.id);
    // The new school is sent first, so the outbox below counts only what the import might add.
    await expect.poll(() => outboxCount(page), { timeout: 30_000 }).toBe(0);
    const pendingBefore = await outboxCount(page);
    await page.goto(`${server.url}/schools/${school.id}/import`);
    await page.getByRole('heading', { level: 1, name: '生徒をCSVから取り込む' }).waitFor();
    await page.getByText(school.name, { exact: true }).waitFor();

    await page.getByLabel('CSVファイル').setInputFiles(fixture('cp932.csv'));
    await page.getByText('cp932.csv：8行（列名の行を除く）').waitFor();
    expect(await page.getByLabel('文字コード').inputValue()).toBe('auto');
    await page.getByRole('option', { name: '自動（Shift_JISと判定）' }).waitFor({ state: 'attached' });
    expect(await page.getByLabel(/^氏名/).inputValue()).toBe('1');
    expect(await page.getByLabel(/^学年/).inputValue()).toBe('3');

    await page.getByText('8行のうち、登録できるのは4名、取り込まない行は4行です。').waitFor();

    // Read as UTF-8 the file is garbled: the screen says so, and finds no column name.
    await page.getByLabel('文字コード').selectOption('utf-8');
    await page.getByText(/^UTF-8では読めない文字が\d+か所あります（文字化け）/u).waitFor();
    await page.getByText('列名を1つも読み取れませんでした。文字コードが違うかもしれません。').waitFor();
    expect(await page.getByRole('heading', { name: '取り込む内容の確認' }).count()).toBe(0);
    await saveScreenshot(page, 'student-import-garbled-768');
    await page.getByLabel('文字コード').selectOption('auto');
    await page.getByText('8行のうち、登録できるのは4名、取り込まない行は4行です。').waitFor();

    const list = page.getByRole('list', { name: '取り込む行の一覧' });
    const row = (n: number) => list.locator(`[data-row="${n}"]`);
    await expect(row(2).textContent()).resolves.toContain('髙橋 一郎');
    await expect(row(2).textContent()).resolves.toContain('タカハシ イチロウ');
    await expect(row(3).textContent()).resolves.toContain('山﨑 花子');
    await expect(row(6).textContent()).resolves.toContain('4行目と同じ生徒です');
    await expect(row(7).textContent()).resolves.toContain('氏名がありません');
    await expect(row(8).textContent()).resolves.toContain('学年は1〜3です（4）');
    await expect(row(9).textContent()).resolves.toContain('フリガナがカタカナ・ひらがなではありません');
    await expect(row(10).textContent()).resolves.toContain('3年A組');

    await saveScreenshot(page, 'student-import-file-768');
    const previewHeading = page.getByRole('heading', { name: '取り込む内容の確認' });
    await previewHeading.evaluate(scrollBelowHeader);
    await saveScreenshot(page, 'student-import-preview-768');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize(LANDSCAPE);
    await previewHeading.evaluate(scrollBelowHeader);
    await saveScreenshot(page, 'student-import-preview-1024');
    await page.setViewportSize(PORTRAIT);

    // Nothing stored while the person looks.
    expect(await studentsOnDevice(page, school.id)).toHaveLength(before.length);
    expect(await outboxCount(page)).toBe(pendingBefore);

    await page.getByRole('button', { name: '4名を登録' }).click();
    await page.getByRole('heading', { name: '4名を登録しました' }).waitFor();
    await page.getByText('取り込まなかった行：4行').waitFor();
    await expect(page.getByRole('list', { name: '取り込まなかった行' }).getByRole('listitem').allTextContents()).resolves.toEqual([
      '6行目 佐藤　健太：4行目と同じ生徒です（組・番号、または氏名・フリガナが同じ）',
      '7行目：氏名がありません',
      '8行目 田中 美咲：学年は1〜3です（4）',
      '9行目 渡辺 陽菜：フリガナがカタカナ・ひらがなではありません（watanabe hina）',
    ]);
    await saveScreenshot(page, 'student-import-done-768');
    // Sync takes them to the server, which checks each write again: the outbox empties. The device holds
    // them encrypted at rest, so what was registered is read where they arrived.
    await expect.poll(() => outboxCount(page), { timeout: 20_000 }).toBe(0);
    const onServer = (await server.records('students')) as unknown as StoredStudent[];
    const added = onServer.filter((s) => s.schoolId === school.id);
    expect(added).toHaveLength(before.length + 4);
    expect(added.map((s) => [s.familyName, s.givenName, s.familyNameKana, s.grade, s.className, s.number]).sort()).toEqual(
      [
        ['伊藤', '翔', 'イトウ', 3, '3年A組', 1],
        ['佐藤', '健太', 'サトウ', 2, '2年1組', 3],
        ['山﨑', '花子', 'ヤマザキ', 2, '2年1組', 2],
        ['髙橋', '一郎', 'タカハシ', 2, '2年1組', 1],
      ].sort(),
    );
    expect(errors).toEqual([]);
  });

  it('scrolls a whole year (120 rows) inside its own box, with the confirm button right below it', async () => {
    const school = { id: await registerSchool(page, server.url, { name: '北海高等学校', reading: 'ほっかいこうとうがっこう', town: '旭川市', teacher: '工藤 聡' }) };
    const kana = ['アイ', 'イト', 'ウエ', 'オカ', 'カト', 'キム', 'クボ', 'コバ', 'サイ', 'シバ'];
    const lines = ['組,番号,氏名,フリガナ,学年'];
    for (let i = 0; i < 120; i++) lines.push(`${1 + Math.floor(i / 40)},${(i % 40) + 1},生徒${i} 太郎,${kana[i % 10]}${kana[Math.floor(i / 10) % 10]} タロウ,1`);
    await page.goto(`${server.url}/schools/${school.id}/import`);
    await page.getByLabel('CSVファイル').setInputFiles({ name: 'year-1.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n'), 'utf8') });
    await page.getByText('120行のうち、登録できるのは120名、取り込まない行は0行です。').waitFor();
    const heading = page.getByRole('heading', { name: '取り込む内容の確認' });
    await heading.evaluate(scrollBelowHeader);
    await page.getByTestId('virtual-list').waitFor();
    expect(await page.getByRole('button', { name: '120名を登録' }).isVisible()).toBe(true);
    await saveScreenshot(page, 'student-import-long-768');
    await page.setViewportSize(LANDSCAPE);
    await heading.evaluate(scrollBelowHeader);
    await saveScreenshot(page, 'student-import-long-1024');
    await page.setViewportSize(PORTRAIT);
  });

  it('says which column is missing before any preview, and offers the column selects to fix it', async () => {
    const school = server.data.schools[0]!;
    await page.goto(`${server.url}/schools/${school.id}/import`);
    await page.getByLabel('CSVファイル').setInputFiles({ name: 'no-grade.csv', mimeType: 'text/csv', buffer: Buffer.from('氏名,フリガナ,組\n山田 太郎,ヤマダ タロウ,1\n', 'utf8') });
    await page.getByRole('alert').getByText('必要な列がありません：学年。').waitFor();
    expect(await page.getByRole('heading', { name: '取り込む内容の確認' }).count()).toBe(0);
    await page.getByLabel(/^学年/).selectOption({ label: '3列目：組' });
    await page.getByRole('heading', { name: '取り込む内容の確認' }).waitFor();
  });
});
