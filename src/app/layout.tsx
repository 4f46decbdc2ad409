/**
 * The frame around every screen: skip link, the main navigation (by role), the sync status with the
 * number of unsent changes, and a menu with the rest (sync now, review screens, settings, language,
 * who is signed in, sign-out). One row of header on a tablet: every pixel it takes is a pixel less
 * of the form or the list under a coordinator's thumb.
 */
import { lazy, Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { canUse } from '../auth/role-access';
import { useSession } from '../auth/use-session';
import { ReauthBanner } from '../features/auth/components/reauth-banner';
import { useI18n } from '../lib/i18n/i18n';
import { InitialSyncProgress } from '../features/sync/components/initial-sync-progress';
import { SyncStatusIndicator } from '../features/sync/components/sync-status-indicator';
import { AppMenu } from './app-menu';

// Update prompt, install hint, old-outbox warning: none is needed for the first paint (first-screen JS budget).
const PwaNotices = lazy(async () => ({ default: (await import('../pwa/pwa-notices')).PwaNotices }));

export function AppLayout() {
  const { t } = useI18n();
  const { user } = useSession();
  const can = (screen: Parameters<typeof canUse>[1]) => user !== undefined && canUse(user.role, screen);
  return (
    <div className="app">
      <a href="#main" className="skip-link">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <p className="app-header__title">
          {t('app.title')} <span className="app-header__sub">{t('app.subtitle')}</span>
        </p>
        <nav aria-label={t('nav.main')} className="app-nav">
          {can('teacher') ? <NavLink to="/teacher">{t('nav.teacher')}</NavLink> : null}
          {can('trialWork') ? <NavLink to="/today">{t('nav.today')}</NavLink> : null}
          {can('seekers') ? <NavLink to="/seekers">{t('nav.seekers')}</NavLink> : null}
          {can('companies') ? <NavLink to="/companies">{t('nav.companies')}</NavLink> : null}
          {/* Office work more than field work: on a portrait tablet it gives its place to 学校 and インターンシップ and sits in the menu. */}
          {can('fees') ? (
            <NavLink to="/fees" className="app-nav__roomy">
              {t('nav.fees')}
            </NavLink>
          ) : null}
          {/* A teacher reaches its one school, and its programmes, from its home (nav.teacher). */}
          {can('schools') && !can('teacher') ? (
            <>
              <NavLink to="/schools">{t('nav.schools')}</NavLink>
              <NavLink to="/programmes">{t('nav.programmes')}</NavLink>
            </>
          ) : null}
        </nav>
        <SyncStatusIndicator />
        <AppMenu reviews={can('sync')} />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <ReauthBanner />
        <Suspense fallback={null}>
          <PwaNotices />
        </Suspense>
        <InitialSyncProgress />
        <Outlet />
      </main>
    </div>
  );
}
