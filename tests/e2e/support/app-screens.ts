// Every screen of the app, by the role that reaches it, with a path built from the seeded demo data.
// The layout suites (touch targets, header height, print) walk this list: a new screen is one more
// line here, and from then on it is held to the same checks as the others.
import type { Page } from 'playwright-core';
import type { Role } from '../../../src/shared/auth-protocol';
import type { DemoData } from '../../../src/shared/demo-data';

export interface AppScreen {
  /** Short and unique: it names the screen in findings and screenshot files. */
  name: string;
  role: Role;
  path: (data: DemoData) => string;
  /** What shows once the screen's records are read (default: its h1 and no 読み込み中…). */
  ready?: string;
}

/** A trial with a seeker and a company that both have pages worth checking (trial lists, matches, consents). */
const trial = (data: DemoData) => data.trialPlacements.find((p) => p.status === 'in_trial') ?? data.trialPlacements[0]!;
const first = <T>(rows: T[], what: string): T => {
  if (!rows[0]) throw new Error(`the demo data has no ${what}`);
  return rows[0];
};

/** The demo teacher's school's programme of the seed day's fiscal year, a class session and an internship day of it. */
const programme = (data: DemoData) => {
  const school = first(data.schools, 'school').id;
  const own = data.internshipProgrammes.filter((p) => p.schoolId === school);
  return first(own.sort((a, b) => b.fiscalYear - a.fiscalYear), 'programme');
};
const classSession = (data: DemoData) => first(data.programmeSessions.filter((s) => s.programmeId === programme(data).id && s.kind !== 'internship'), 'class session');
const internshipDay = (data: DemoData) => first(data.programmeSessions.filter((s) => s.programmeId === programme(data).id && s.kind === 'internship'), 'internship day');

export const APP_SCREENS: AppScreen[] = [
  { name: 'today', role: 'coordinator', path: () => '/today', ready: '.due-item, .day-list__empty' },
  { name: 'seekers', role: 'coordinator', path: () => '/seekers', ready: '.vlist__row a' },
  { name: 'seeker-new', role: 'coordinator', path: () => '/seekers/new' },
  { name: 'seeker', role: 'coordinator', path: (d) => `/seekers/${trial(d).seekerId}` },
  { name: 'seeker-edit', role: 'coordinator', path: (d) => `/seekers/${trial(d).seekerId}/edit` },
  { name: 'companies', role: 'coordinator', path: () => '/companies', ready: '.vlist__row a' },
  { name: 'company-new', role: 'coordinator', path: () => '/companies/new' },
  { name: 'company', role: 'coordinator', path: (d) => `/companies/${trial(d).companyId}` },
  { name: 'company-edit', role: 'coordinator', path: (d) => `/companies/${trial(d).companyId}/edit` },
  { name: 'visit-new', role: 'coordinator', path: () => '/visits/new' },
  { name: 'visit-edit', role: 'coordinator', path: (d) => `/visits/${first(d.companyVisits, 'visit').id}/edit` },
  { name: 'opening-new', role: 'coordinator', path: (d) => `/companies/${trial(d).companyId}/openings/new` },
  { name: 'opening-edit', role: 'coordinator', path: (d) => `/openings/${first(d.openings, 'opening').id}/edit` },
  { name: 'placement-new', role: 'coordinator', path: () => '/placements/new' },
  { name: 'placement', role: 'coordinator', path: (d) => `/placements/${trial(d).id}` },
  { name: 'placement-edit', role: 'coordinator', path: (d) => `/placements/${trial(d).id}/edit` },
  { name: 'fees', role: 'coordinator', path: () => '/fees' },
  { name: 'fee', role: 'coordinator', path: (d) => `/fees/${first(d.successFees, 'success fee').id}` },
  { name: 'fee-settings', role: 'coordinator', path: () => '/fees/settings' },
  { name: 'sync-attention', role: 'coordinator', path: () => '/sync/attention' },
  { name: 'sync-conflicts', role: 'coordinator', path: () => '/sync/conflicts' },
  { name: 'settings', role: 'coordinator', path: () => '/settings' },
  { name: 'schools', role: 'coordinator', path: () => '/schools' },
  { name: 'school-new', role: 'coordinator', path: () => '/schools/new' },
  { name: 'school', role: 'coordinator', path: (d) => `/schools/${first(d.schools, 'school').id}` },
  { name: 'school-edit', role: 'coordinator', path: (d) => `/schools/${first(d.schools, 'school').id}/edit` },
  { name: 'student-import', role: 'coordinator', path: (d) => `/schools/${first(d.schools, 'school').id}/import` },
  { name: 'student-new', role: 'coordinator', path: (d) => `/students/new?school=${first(d.schools, 'school').id}` },
  { name: 'student', role: 'coordinator', path: (d) => `/students/${first(d.students, 'student').id}` },
  { name: 'student-edit', role: 'coordinator', path: (d) => `/students/${first(d.students, 'student').id}/edit` },
  { name: 'programmes', role: 'coordinator', path: () => '/programmes' },
  { name: 'programme-new', role: 'coordinator', path: () => '/programmes/new' },
  { name: 'programme', role: 'coordinator', path: (d) => `/programmes/${programme(d).id}` },
  { name: 'programme-edit', role: 'coordinator', path: (d) => `/programmes/${programme(d).id}/edit` },
  { name: 'session-new', role: 'coordinator', path: (d) => `/programmes/${programme(d).id}/sessions/new` },
  { name: 'session', role: 'coordinator', path: (d) => `/sessions/${classSession(d).id}` },
  { name: 'session-edit', role: 'coordinator', path: (d) => `/sessions/${internshipDay(d).id}/edit` },
  { name: 'attendance', role: 'coordinator', path: (d) => `/sessions/${classSession(d).id}/attendance`, ready: '[data-testid="session-rate"]' },
  { name: 'career-plan', role: 'coordinator', path: (d) => `/programmes/${programme(d).id}/career-plans/${first(d.programmeParticipants.filter((p) => p.programmeId === programme(d).id), 'participant').studentId}` },
  { name: 'report', role: 'coordinator', path: () => '/report', ready: '.kpi' },
  { name: 'report-records', role: 'coordinator', path: () => '/report/records?kpi=trialsStarted', ready: '.vlist__row a, .report-records .empty' },
  { name: 'counter-seekers', role: 'counter', path: () => '/seekers', ready: '.vlist__row a' },
  { name: 'counter-seeker', role: 'counter', path: (d) => `/seekers/${trial(d).seekerId}` },
  { name: 'counter-company', role: 'counter', path: (d) => `/companies/${trial(d).companyId}` },
  { name: 'teacher', role: 'teacher', path: () => '/teacher' },
  { name: 'teacher-school', role: 'teacher', path: (d) => `/schools/${first(d.schools, 'school').id}` },
  { name: 'teacher-attendance', role: 'teacher', path: (d) => `/sessions/${classSession(d).id}/attendance`, ready: '[data-testid="session-rate"]' },
  { name: 'teacher-programme', role: 'teacher', path: (d) => `/programmes/${programme(d).id}` },
  { name: 'teacher-settings', role: 'teacher', path: () => '/settings' },
  { name: 'admin', role: 'admin', path: () => '/admin' },
  { name: 'admin-users', role: 'admin', path: () => '/admin/users', ready: 'main table' },
  { name: 'admin-devices', role: 'admin', path: () => '/admin/devices', ready: 'main h1' },
  { name: 'admin-report', role: 'admin', path: () => '/report', ready: '.kpi' },
  { name: 'placement-ledgers', role: 'admin', path: () => '/report/ledgers', ready: '[data-testid="ledger-fees"]' },
];

export const ROLES_WITH_SCREENS = [...new Set(APP_SCREENS.map((s) => s.role))];

/** Opens `screen` on a signed-in page and waits until its records are on it. */
export async function openScreen(page: Page, baseUrl: string, data: DemoData, screen: AppScreen): Promise<void> {
  await page.goto(`${baseUrl}${screen.path(data)}`);
  await page.locator(screen.ready ?? 'main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('読み込み中'));
}

export const TABLET_SIZES = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
] as const;
