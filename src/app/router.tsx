/**
 * Routes. Screens are loaded lazily so the first screen's JavaScript stays small; once loaded, the
 * service worker's precache serves every chunk offline.
 * Declarative mode (BrowserRouter + useRoutes), not createBrowserRouter: we use no loaders/actions,
 * and the data router costs ~18 KB gzip on the first screen (issue 6 budget: ≤ 150 KB).
 * Every route is guarded by role (issue 5): a role without the screen is sent to its home.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { BrowserRouter, useRoutes, type RouteObject } from 'react-router';
import type { Screen } from '../auth/role-access';
import { AuthGate } from '../features/auth/components/auth-gate';
import { HomeRedirect, RequireScreen } from '../features/auth/components/require-screen';
import { AppLayout } from './layout';

const screen = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => {
  const Screen: ComponentType = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return (
    <Suspense fallback={<p className="loading" aria-busy="true" />}>
      <Screen />
    </Suspense>
  );
};

/** A lazily loaded screen, shown only to roles that have it (auth/role-access.ts). */
const guarded = <K extends string>(only: Screen, load: () => Promise<Record<K, ComponentType>>, name: K) => <RequireScreen screen={only}>{screen(load, name)}</RequireScreen>;

const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'seekers', element: guarded('seekers', () => import('../features/seekers/components/seeker-list-screen'), 'SeekerListScreen') },
      { path: 'seekers/new', element: guarded('seekers', () => import('../features/seekers/components/seeker-editor-screen'), 'SeekerEditorScreen') },
      { path: 'seekers/:id', element: guarded('seekers', () => import('../features/seekers/components/seeker-detail-screen'), 'SeekerDetailScreen') },
      { path: 'seekers/:id/edit', element: guarded('seekers', () => import('../features/seekers/components/seeker-editor-screen'), 'SeekerEditorScreen') },
      { path: 'companies', element: guarded('companies', () => import('../features/companies/components/company-list-screen'), 'CompanyListScreen') },
      { path: 'companies/new', element: guarded('companies', () => import('../features/companies/components/company-editor-screen'), 'CompanyEditorScreen') },
      { path: 'companies/:id', element: guarded('companies', () => import('../features/companies/components/company-detail-screen'), 'CompanyDetailScreen') },
      { path: 'companies/:id/edit', element: guarded('companies', () => import('../features/companies/components/company-editor-screen'), 'CompanyEditorScreen') },
      { path: 'sync/attention', element: guarded('sync', () => import('../features/sync/components/attention-screen'), 'AttentionScreen') },
      { path: 'sync/conflicts', element: guarded('sync', () => import('../features/sync/components/conflicts-screen'), 'ConflictsScreen') },
      { path: 'settings', element: guarded('settings', () => import('../features/settings/components/settings-screen'), 'SettingsScreen') },
      { path: 'teacher', element: guarded('teacher', () => import('../features/teacher/components/teacher-home-screen'), 'TeacherHomeScreen') },
      // Admin (issue 5): online-only screens; each one checks the role itself (the server checks it again).
      { path: 'admin', element: guarded('admin', () => import('../features/admin/components/admin-hub-screen'), 'AdminHubScreen') },
      { path: 'admin/users', element: guarded('admin', () => import('../features/admin/components/users-screen'), 'UsersScreen') },
      { path: 'admin/devices', element: guarded('admin', () => import('../features/admin/components/devices-screen'), 'DevicesScreen') },
      { path: '*', element: <HomeRedirect /> },
    ],
  },
];

function AppRoutes() {
  return useRoutes(routes);
}

export function AppRouter() {
  return (
    <BrowserRouter>
      {/* Nothing below renders (no record is read) until someone is signed in and unlocked. */}
      <AuthGate>
        <AppRoutes />
      </AuthGate>
    </BrowserRouter>
  );
}
