/**
 * What the header's menu holds: sync now and the review screens, settings and admin, the language, who
 * is signed in and sign-out. It closes itself on Escape, a tap or the focus outside, and when a link in
 * it has been followed.
 */
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { NavLink, useLocation } from 'react-router';
import { canUse } from '../auth/role-access';
import { useSession } from '../auth/use-session';
import { UserMenu } from '../features/auth/components/user-menu';
import { SyncMenuSection } from '../features/sync/components/sync-menu-section';
import { useDismiss } from '../components/ui/use-dismiss';
import { useI18n } from '../lib/i18n/i18n';

export function AppMenuPanel({ reviews, button, panel, onClose }: {
  reviews: boolean;
  button: RefObject<HTMLButtonElement | null>;
  panel: RefObject<HTMLDivElement | null>;
  onClose: (returnFocus: boolean) => void;
}) {
  const { t, lang, setLang } = useI18n();
  const role = useSession().user?.role;
  useDismiss(
    useMemo(() => [button, panel], [button, panel]),
    onClose,
  );
  const { pathname } = useLocation();
  const openedOn = useRef(pathname);
  useEffect(() => {
    if (pathname !== openedOn.current) onClose(false);
  }, [pathname, onClose]);
  return (
    <>
      <SyncMenuSection reviews={reviews} />
      <nav className="app-menu__group" aria-label={t('nav.menu')}>
        {role && canUse(role, 'fees') ? (
          <NavLink to="/fees" className="app-menu__narrow">
            {t('nav.fees')}
          </NavLink>
        ) : null}
        {/* Office work: the report has no place in the header's one row on a tablet. */}
        {role && canUse(role, 'report') ? <NavLink to="/report">{t('nav.report')}</NavLink> : null}
        {role && canUse(role, 'settings') ? <NavLink to="/settings">{t('nav.settings')}</NavLink> : null}
        {role && canUse(role, 'admin') ? <NavLink to="/admin">{t('nav.admin')}</NavLink> : null}
      </nav>
      <div className="app-menu__group" role="group" aria-labelledby="app-menu-lang">
        <span id="app-menu-lang" className="app-menu__caption">
          {t('lang.label')}
        </span>
        <button type="button" className="button button--secondary" lang={lang === 'ja' ? 'en' : 'ja'} onClick={() => setLang(lang === 'ja' ? 'en' : 'ja')}>
          {t('lang.switch')}
        </button>
      </div>
      <UserMenu />
    </>
  );
}
