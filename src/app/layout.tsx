/** The frame around every screen: skip link, title, main navigation, sync status and unsent changes. */
import { NavLink, Outlet } from 'react-router';
import { useI18n } from '../lib/i18n/i18n';
import { InitialSyncProgress } from '../features/sync/components/initial-sync-progress';
import { SyncNavLinks } from '../features/sync/components/sync-nav-links';
import { SyncStatusIndicator } from '../features/sync/components/sync-status-indicator';
import { PwaNotices } from '../pwa/pwa-notices';

export function AppLayout() {
  const { t, lang, setLang } = useI18n();
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
          <NavLink to="/seekers">{t('nav.seekers')}</NavLink>
          <NavLink to="/companies">{t('nav.companies')}</NavLink>
          <SyncNavLinks />
          <NavLink to="/settings">{t('nav.settings')}</NavLink>
        </nav>
        <div className="app-header__status">
          <SyncStatusIndicator />
          <button type="button" className="button button--ghost" lang={lang === 'ja' ? 'en' : 'ja'} onClick={() => setLang(lang === 'ja' ? 'en' : 'ja')}>
            {t('lang.switch')}
          </button>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <PwaNotices />
        <InitialSyncProgress />
        <Outlet />
      </main>
    </div>
  );
}
