/**
 * A teacher's class, offline, on a tablet held upright (768×1024): the demo is laid out around today, so
 * the teacher's home lists today's class first. With no signal the teacher opens it, marks the class of
 * about 30 with 全員出席 and fixes three exceptions, adds a note, reloads: the marks are still there.
 * Back online they sync, and a coordinator's tablet shows the session's counts and rate. Then the two
 * mark the same student differently, the coordinator offline: the disagreement is listed under 競合 on
 * the teacher's tablet with the student's name and the session.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { japanDay } from '../../src/domain/dates';
import { accessibilityViolations } from './support/accessibility';
import { syncNow } from './support/app-menu';
import { launchBrowser, newTabletContext } from './support/browser';
import { outboxCount, waitForController } from './support/pwa-page';
import { saveScreenshot } from './support/screenshots';
import { signIn, unlockAfterOfflineLoad } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

const PORTRAIT = { width: 768, height: 1024 };
const LANDSCAPE = { width: 1024, height: 768 };

describe('taking a class’s attendance offline', () => {
  let server: SyncServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let teacher: Page;
  let coordinator: Page;
  const errors: string[] = [];
  const today = japanDay(new Date().toISOString());

  beforeAll(async () => {
    server = await startSyncServer({ demo: { now: today } });
    browser = await launchBrowser();
    contexts.push(await newTabletContext(browser, PORTRAIT), await newTabletContext(browser, LANDSCAPE));
    [teacher, coordinator] = (await Promise.all(contexts.map((c) => c.newPage()))) as [Page, Page];
    for (const page of [teacher, coordinator]) page.on('pageerror', (error) => errors.push(error.message));
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  /** Today's class of the demo teacher's school, and its students in class order. */
  const session = () => server.data.programmeSessions.find((s) => s.schoolId === server.data.schools[0]!.id && s.date === today)!;
  const roster = () => {
    const ids = new Set(server.data.programmeParticipants.filter((p) => p.programmeId === session().programmeId).map((p) => p.studentId));
    return server.data.students.filter((s) => ids.has(s.id)).sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  };
  const nameOf = (i: number) => `${roster()[i]!.familyName} ${roster()[i]!.givenName}`;
  const row = (page: Page, i: number) => page.locator('.roster-row').filter({ hasText: nameOf(i) });
  /** Taps a student's row until its badge shows `mark` (each tap waits for the stored mark to show). */
  async function tapUntil(page: Page, i: number, marks: readonly string[]) {
    for (const mark of marks) {
      await row(page, i).locator('.roster-row__tap').click();
      await row(page, i).locator('.mark-badge', { hasText: mark }).waitFor();
    }
  }
  const count = (page: Page, mark: string) => page.getByTestId(`count-${mark}`);

  it("starts on the teacher's home with today's class first, synced, and goes offline", async () => {
    await teacher.goto(`${server.url}/teacher`);
    await signIn(teacher, 'teacher');
    await teacher.getByTestId('sync-status').getByText(/に同期済み/).waitFor({ timeout: 30_000 });
    const todays = teacher.locator('section', { has: teacher.getByRole('heading', { name: /^今日/ }) });
    await todays.getByRole('link', { name: new RegExp(session().title) }).waitFor();
    await todays.getByText(`未入力 ${roster().length}名`).waitFor();
    await teacher.getByText(/未入力 4名/).first().waitFor();
    await waitForController(teacher);
    await saveScreenshot(teacher, 'teacher-home-portrait');
    expect(await accessibilityViolations(teacher)).toEqual([]);
    await contexts[0]!.setOffline(true);
    await teacher.getByTestId('sync-status').getByText('オフライン').waitFor();
  });

  it('marks the class with 全員出席 and three exceptions, with a note, offline', async () => {
    expect(roster().length).toBeGreaterThanOrEqual(25);
    await teacher.getByRole('link', { name: new RegExp(session().title) }).first().click();
    await teacher.getByRole('heading', { level: 1, name: session().title }).waitFor();
    await expect.poll(() => teacher.locator('.roster-row').count()).toBe(roster().length);
    await count(teacher, 'none').getByText(`未入力 ${roster().length}`).waitFor();

    await teacher.getByRole('button', { name: '全員出席' }).click();
    await count(teacher, 'present').getByText(`出席 ${roster().length}`).waitFor();
    await teacher.getByText(`${roster().length}名を出席にしました`).waitFor();
    await tapUntil(teacher, 0, ['欠席']);
    await tapUntil(teacher, 1, ['欠席', '遅刻']);
    await tapUntil(teacher, 2, ['欠席', '遅刻', '早退']);
    await row(teacher, 0).getByRole('button', { name: 'メモ' }).click();
    await teacher.getByLabel(`${nameOf(0)}のメモ`).fill('体調不良の連絡あり');
    await teacher.getByRole('button', { name: 'メモを保存' }).click();
    await row(teacher, 0).getByText('体調不良の連絡あり').waitFor();

    await count(teacher, 'present').getByText(`出席 ${roster().length - 3}`).waitFor();
    for (const [mark, word] of [['absent', '欠席'], ['late', '遅刻'], ['left_early', '早退'], ['none', '未入力']] as const)
      await count(teacher, mark).getByText(`${word} ${mark === 'none' ? 0 : 1}`).waitFor();
    const rate = Math.round(((roster().length - 1) / roster().length) * 100);
    await teacher.getByTestId('session-rate').getByText(`出席率 ${rate}%`).waitFor();
    expect(await outboxCount(teacher)).toBe(roster().length + 6 + 1);
    await saveScreenshot(teacher, 'attendance-portrait');
    await teacher.setViewportSize(LANDSCAPE);
    await saveScreenshot(teacher, 'attendance-landscape');
    await teacher.setViewportSize(PORTRAIT);
    expect(await accessibilityViolations(teacher)).toEqual([]);
  });

  it('still has every mark after a reload with no signal', async () => {
    await teacher.reload();
    await unlockAfterOfflineLoad(teacher);
    await teacher.getByRole('heading', { level: 1, name: session().title }).waitFor();
    await row(teacher, 0).locator('.mark-badge', { hasText: '欠席' }).waitFor();
    await row(teacher, 1).locator('.mark-badge', { hasText: '遅刻' }).waitFor();
    await row(teacher, 2).locator('.mark-badge', { hasText: '早退' }).waitFor();
    await row(teacher, 3).locator('.mark-badge', { hasText: '出席' }).waitFor();
    await count(teacher, 'none').getByText('未入力 0').waitFor();
  });

  it("syncs once online, and a coordinator's tablet shows the session's counts and rate", async () => {
    await contexts[0]!.setOffline(false);
    await expect.poll(() => outboxCount(teacher), { timeout: 30_000 }).toBe(0);

    const url = `${server.url}/sessions/${session().id}/attendance`;
    await coordinator.goto(url);
    await signIn(coordinator, 'coordinator');
    await coordinator.getByTestId('sync-status').getByText(/に同期済み/).waitFor({ timeout: 60_000 });
    await coordinator.goto(url);
    await coordinator.getByRole('heading', { level: 1, name: session().title }).waitFor();
    const rate = Math.round(((roster().length - 1) / roster().length) * 100);
    await coordinator.getByTestId('session-rate').getByText(`出席率 ${rate}%`).waitFor();
    await count(coordinator, 'absent').getByText('欠席 1').waitFor();
    await row(coordinator, 0).getByText('体調不良の連絡あり').waitFor();
    await saveScreenshot(coordinator, 'attendance-coordinator-landscape');
  });

  it('lists a student marked differently on two tablets as a conflict, with the name and the session', async () => {
    await waitForController(coordinator);
    await contexts[1]!.setOffline(true);
    await coordinator.getByTestId('sync-status').getByText('オフライン').waitFor();
    // 出席 → 欠席 on the teacher's tablet (online, pushed at once); 出席 → 欠席 → 遅刻 on the coordinator's.
    await tapUntil(teacher, 3, ['欠席']);
    await expect.poll(() => outboxCount(teacher), { timeout: 15_000 }).toBe(0);
    await tapUntil(coordinator, 3, ['欠席', '遅刻']);
    await contexts[1]!.setOffline(false);
    await expect.poll(() => outboxCount(coordinator), { timeout: 30_000 }).toBe(0);
    await syncNow(teacher);
    await teacher.getByTestId('conflict-count').waitFor({ timeout: 15_000 });
    await teacher.getByRole('link', { name: /競合/ }).click();
    const item = teacher.locator('.sync-item').filter({ hasText: nameOf(3) });
    await item.getByText(session().title, { exact: false }).waitFor();
    await item.getByText('出欠', { exact: true }).first().waitFor();
    await item.getByTestId('conflict-current').getByText('遅刻').waitFor();
    await item.getByTestId('conflict-lost').getByText('欠席').waitFor();
    await saveScreenshot(teacher, 'attendance-conflict-portrait');
    expect(errors).toEqual([]);
  });
});
