/** The frame around every screen: skip link, title, main navigation, connectivity and unsent changes. */
import { NavLink, Outlet } from 'react-router';
import { useI18n } from '../lib/i18n/i18n';
import { usePendingChangeCount } from '../lib/record-hooks';
import { useOnline } from '../lib/use-online';

export function AppLayout() {
  const { t, lang, setLang } = useI18n();
  const online = useOnline();
  const pending = usePendingChangeCount();
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
          <NavLink to="/settings">{t('nav.settings')}</NavLink>
        </nav>
        <div className="app-header__status">
          <span className={`net net--${online ? 'online' : 'offline'}`} role="status">
            {online ? t('net.online') : t('net.offline')}
          </span>
          {pending > 0 ? (
            <span className="pending" data-testid="pending-count">
              {t('common.pendingSync')} {pending}
            </span>
          ) : null}
          <button type="button" className="button button--ghost" lang={lang === 'ja' ? 'en' : 'ja'} onClick={() => setLang(lang === 'ja' ? 'en' : 'ja')}>
            {t('lang.switch')}
          </button>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
