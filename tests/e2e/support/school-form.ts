// Registers a school through its form, as a coordinator would, and returns its id: a school with no
// students yet, for suites that must not meet the demo's own (an import whose rows would all be
// "already registered" at a demo school).
import type { Page } from 'playwright-core';

export async function registerSchool(page: Page, baseUrl: string, school: { name: string; reading: string; town: string; teacher: string; phone?: string }): Promise<string> {
  await page.goto(`${baseUrl}/schools/new`);
  await page.getByRole('heading', { level: 1, name: '学校を登録' }).waitFor();
  await page.getByLabel(/^学校名(?!のよみ)/).fill(school.name);
  await page.getByLabel(/^学校名のよみ/).fill(school.reading);
  await page.getByLabel(/^市町/).selectOption({ label: school.town });
  await page.getByLabel(/^担当教員/).fill(school.teacher);
  if (school.phone) await page.getByLabel(/^電話番号/).fill(school.phone);
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByRole('heading', { level: 1, name: school.name }).waitFor();
  const id = /\/schools\/([0-9a-f-]{36})$/u.exec(new URL(page.url()).pathname)?.[1];
  if (!id) throw new Error(`no school page after saving: ${page.url()}`);
  return id;
}
