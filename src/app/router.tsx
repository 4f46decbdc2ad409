/**
 * Routes. Screens are loaded lazily so the first screen's JavaScript stays small; once loaded, the
 * service worker's precache serves every chunk offline.
 * Declarative mode (BrowserRouter + useRoutes), not createBrowserRouter: we use no loaders/actions,
 * and the data router costs ~18 KB gzip on the first screen (issue 6 budget: ≤ 150 KB).
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { BrowserRouter, Navigate, useRoutes, type RouteObject } from 'react-router';
import { AppLayout } from './layout';

const screen = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => {
  const Screen: ComponentType = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return (
    <Suspense fallback={<p className="loading" aria-busy="true" />}>
      <Screen />
    </Suspense>
  );
};

const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/seekers" replace /> },
      { path: 'seekers', element: screen(() => import('../features/seekers/components/seeker-list-screen'), 'SeekerListScreen') },
      { path: 'seekers/new', element: screen(() => import('../features/seekers/components/seeker-editor-screen'), 'SeekerEditorScreen') },
      { path: 'seekers/:id', element: screen(() => import('../features/seekers/components/seeker-detail-screen'), 'SeekerDetailScreen') },
      { path: 'seekers/:id/edit', element: screen(() => import('../features/seekers/components/seeker-editor-screen'), 'SeekerEditorScreen') },
      { path: 'companies', element: screen(() => import('../features/companies/components/company-list-screen'), 'CompanyListScreen') },
      { path: 'companies/new', element: screen(() => import('../features/companies/components/company-editor-screen'), 'CompanyEditorScreen') },
      { path: 'companies/:id', element: screen(() => import('../features/companies/components/company-detail-screen'), 'CompanyDetailScreen') },
      { path: 'companies/:id/edit', element: screen(() => import('../features/companies/components/company-editor-screen'), 'CompanyEditorScreen') },
      { path: 'sync/attention', element: screen(() => import('../features/sync/components/attention-screen'), 'AttentionScreen') },
      { path: 'sync/conflicts', element: screen(() => import('../features/sync/components/conflicts-screen'), 'ConflictsScreen') },
      { path: 'settings', element: screen(() => import('../features/settings/components/settings-screen'), 'SettingsScreen') },
      { path: '*', element: <Navigate to="/seekers" replace /> },
    ],
  },
];

function AppRoutes() {
  return useRoutes(routes);
}

export function AppRouter() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
