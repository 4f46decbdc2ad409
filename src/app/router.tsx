/**
 * Routes. Screens are loaded on demand so the first screen's JavaScript stays small; once loaded, the
 * service worker's precache serves every chunk offline. They are preloadable screens, not
 * React.lazy, so the offline cold start never waits on Suspense's fallback throttle (docs/cold-start.md).
 * Declarative mode (BrowserRouter + useRoutes), not createBrowserRouter: we use no loaders/actions,
 * and the data router costs ~18 KB gzip on the first screen (its budget: `npm run build:report`).
 * Every route is guarded by role (auth/role-access.ts): a role without the screen is sent to its home.
 */
import type { ComponentType } from 'react';
import { BrowserRouter, matchRoutes, useRoutes, type RouteObject } from 'react-router';
import { canUse, homePath, type Screen } from '../auth/role-access';
import { preloadableScreen, type PreloadableScreen } from '../components/preloadable-screen';
import { AuthGate } from '../features/auth/components/auth-gate';
import { HomeRedirect, RequireScreen } from '../features/auth/components/require-screen';
import type { Role } from '../shared/auth-protocol';
import { AppLayout } from './layout';

type ScreenRoute = { path: string; only: Screen; screen: PreloadableScreen<object> };

/** `queries: false` for the screens a role opens first (the lists, the day list): no react-query and none of the route-loaded words (route-messages.ts), for the first-screen budget. */
const screen = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K, { queries = true } = {}) =>
  preloadableScreen(async () => {
    // Screens with queries also show the words loaded with the routes (the rules' messages, trial-work labels).
    const [module, provider] = await Promise.all([load(), queries ? import('../lib/with-query-client') : undefined, queries ? import('../lib/i18n/route-messages') : undefined]);
    return provider ? provider.withQueryClient(module[name]) : module[name];
  });

const seekerEditor = screen(() => import('../features/seekers/components/seeker-editor-screen'), 'SeekerEditorScreen');
const companyEditor = screen(() => import('../features/companies/components/company-editor-screen'), 'CompanyEditorScreen');

const visitEditor = screen(() => import('../features/visits/components/visit-editor-screen'), 'VisitEditorScreen');
const openingEditor = screen(() => import('../features/openings/components/opening-editor-screen'), 'OpeningEditorScreen');
const placementEditor = screen(() => import('../features/placements/components/placement-editor-screen'), 'PlacementEditorScreen');
const schoolScreens = () => import('../features/schools/school-screens');
const schoolEditor = screen(schoolScreens, 'SchoolEditorScreen');
const studentEditor = screen(schoolScreens, 'StudentEditorScreen');
// The programme screens route inside their feature (programme-routes.tsx): two entries here, one chunk.
const programmeScreens = () => import('../features/programmes/components/programme-routes');

const screenRoutes: ScreenRoute[] = [
  { path: 'today', only: 'trialWork', screen: screen(() => import('../features/day/components/day-list-screen'), 'DayListScreen', { queries: false }) },
  { path: 'visits/new', only: 'trialWork', screen: visitEditor },
  { path: 'visits/:id/edit', only: 'trialWork', screen: visitEditor },
  { path: 'companies/:companyId/openings/new', only: 'companies', screen: openingEditor },
  { path: 'openings/:id/edit', only: 'companies', screen: openingEditor },
  { path: 'placements/new', only: 'trialWork', screen: placementEditor },
  { path: 'placements/:id', only: 'trialWork', screen: screen(() => import('../features/placements/components/placement-detail-screen'), 'PlacementDetailScreen') },
  { path: 'placements/:id/edit', only: 'trialWork', screen: placementEditor },
  { path: 'fees', only: 'fees', screen: screen(() => import('../features/fees/components/fee-list-screen'), 'FeeListScreen') },
  { path: 'fees/settings', only: 'fees', screen: screen(() => import('../features/fees/components/programme-settings-screen'), 'ProgrammeSettingsScreen') },
  { path: 'report', only: 'report', screen: screen(() => import('../features/grant-report/components/report-screen'), 'ReportScreen') },
  { path: 'report/records', only: 'report', screen: screen(() => import('../features/grant-report/components/kpi-records-screen'), 'KpiRecordsScreen') },
  { path: 'report/ledgers', only: 'ledgers', screen: screen(() => import('../features/placement-ledgers/components/placement-ledgers-screen'), 'PlacementLedgersScreen') },
  { path: 'fees/:id', only: 'fees', screen: screen(() => import('../features/fees/components/fee-editor-screen'), 'FeeEditorScreen') },
  { path: 'seekers', only: 'seekers', screen: screen(() => import('../features/seekers/components/seeker-list-screen'), 'SeekerListScreen', { queries: false }) },
  { path: 'seekers/new', only: 'seekers', screen: seekerEditor },
  { path: 'seekers/:id', only: 'seekers', screen: screen(() => import('./pages/seeker-page'), 'SeekerPage') },
  { path: 'seekers/:id/edit', only: 'seekers', screen: seekerEditor },
  { path: 'companies', only: 'companies', screen: screen(() => import('../features/companies/components/company-list-screen'), 'CompanyListScreen', { queries: false }) },
  { path: 'companies/new', only: 'companies', screen: companyEditor },
  { path: 'companies/:id', only: 'companies', screen: screen(() => import('./pages/company-page'), 'CompanyPage') },
  { path: 'companies/:id/edit', only: 'companies', screen: companyEditor },
  { path: 'sync/attention', only: 'sync', screen: screen(() => import('../features/sync/components/attention-screen'), 'AttentionScreen') },
  { path: 'sync/conflicts', only: 'sync', screen: screen(() => import('../features/sync/components/conflicts-screen'), 'ConflictsScreen') },
  { path: 'settings', only: 'settings', screen: screen(() => import('../features/settings/components/settings-screen'), 'SettingsScreen') },
  { path: 'schools', only: 'schools', screen: screen(schoolScreens, 'SchoolListScreen') },
  { path: 'schools/new', only: 'schools', screen: schoolEditor },
  { path: 'schools/:id', only: 'schools', screen: screen(schoolScreens, 'SchoolDetailScreen') },
  { path: 'schools/:id/edit', only: 'schools', screen: schoolEditor },
  { path: 'students/new', only: 'schools', screen: studentEditor },
  { path: 'students/:id', only: 'schools', screen: screen(schoolScreens, 'StudentDetailScreen') },
  { path: 'students/:id/edit', only: 'schools', screen: studentEditor },
  { path: 'schools/:id/import', only: 'schools', screen: screen(() => import('../features/student-import/components/student-import-screen'), 'StudentImportScreen') },
  { path: 'programmes/*', only: 'schools', screen: screen(programmeScreens, 'Programmes') },
  { path: 'sessions/*', only: 'schools', screen: screen(programmeScreens, 'Sessions') },
  { path: 'sessions/:id/attendance', only: 'schools', screen: screen(() => import('../features/attendance/components/attendance-screen'), 'AttendanceScreen') },
  { path: 'teacher', only: 'teacher', screen: screen(() => import('../features/teacher/components/teacher-home-screen'), 'TeacherHomeScreen') },
  // Admin: online-only screens; each one checks the role itself (the server checks it again).
  { path: 'admin', only: 'admin', screen: screen(() => import('../features/admin/components/admin-hub-screen'), 'AdminHubScreen') },
  { path: 'admin/users', only: 'admin', screen: screen(() => import('../features/admin/components/users-screen'), 'UsersScreen') },
  { path: 'admin/devices', only: 'admin', screen: screen(() => import('../features/admin/components/devices-screen'), 'DevicesScreen') },
];

const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomeRedirect /> },
      ...screenRoutes.map(({ path, only, screen: Screen }) => ({
        path,
        element: (
          <RequireScreen screen={only}>
            <Screen />
          </RequireScreen>
        ),
      })),
      { path: '*', element: <HomeRedirect /> },
    ],
  },
];

/**
 * Loads the code of the screen `pathname` will show to `role` (its home when the route is not the
 * role's), so that screen appears without a loading step once the passcode is accepted. Before the
 * role is known, the screen the path names.
 */
function preloadScreenFor(role: Role | undefined, pathname: string): Promise<void> {
  const match = matchRoutes(
    screenRoutes.map((r) => ({ path: r.path })),
    pathname,
  )?.at(-1);
  const route = screenRoutes.find((r) => r.path === match?.route.path);
  const home = role ? screenRoutes.find((r) => `/${r.path}` === homePath(role)) : undefined;
  const target = route && (!role || canUse(role, route.only)) ? route : home;
  return target ? target.screen.preload() : Promise.resolve();
}

const preloadApp = (role: Role | undefined) => void preloadScreenFor(role, window.location.pathname).catch(() => {});

function AppRoutes() {
  return useRoutes(routes);
}

export function AppRouter() {
  return (
    <BrowserRouter>
      {/* Nothing below renders (no record is read) until someone is signed in and unlocked. */}
      <AuthGate preloadApp={preloadApp}>
        <AppRoutes />
      </AuthGate>
    </BrowserRouter>
  );
}
