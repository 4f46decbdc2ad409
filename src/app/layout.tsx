/**
 * The frame around every screen: skip link, title, main navigation (by role), sync status
 * and unsent changes, who is signed in and the sign-out button.
 */
import { lazy, Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { canUse } from '../auth/role-access';
import { useSession } from '../auth/use-session';
import { ReauthBanner } from '../features/auth/components/reauth-banner';
import { UserMenu } from '../features/auth/components/user-menu';
import { useI18n } from '../lib/i18n/i18n';
import { InitialSyncProgress } from '../features/sync/components/initial-sync-progress';
import { SyncNavLinks } from '../features/sync/components/sync-nav-links';
import { SyncStatusIndicator } from '../features/sync/components/sync-status-indicator';

// Update prompt, install guidance, old-outbox warning: none is needed for the first paint (first-screen JS budget).
const PwaNotices = lazy(async () => ({ default: (await import('../pwa/pwa-notices')).PwaNotices }));

export function AppLayout() {
  const { t, lang, setLang } = useI18n();
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
          {can('fees') ? <NavLink to="/fees">{t('nav.fees')}</NavLink> : null}
          {/* A teacher reaches its one school from its home (nav.teacher). */}
          {can('schools') && !can('teacher') ? <NavLink to="/schools">{t('nav.schools')}</NavLink> : null}
          {can('sync') ? <SyncNavLinks /> : null}
          {can('settings') ? <NavLink to="/settings">{t('nav.settings')}</NavLink> : null}
          {can('admin') ? <NavLink to="/admin">{t('nav.admin')}</NavLink> : null}
        </nav>
        <div className="app-header__status">
          <SyncStatusIndicator />
          <button type="button" className="button button--ghost" lang={lang === 'ja' ? 'en' : 'ja'} onClick={() => setLang(lang === 'ja' ? 'en' : 'ja')}>
            {t('lang.switch')}
          </button>
          <UserMenu />
        </div>
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
