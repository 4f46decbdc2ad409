/**
 * The header's menu button: one row of header on a tablet leaves no room for the sync controls, the
 * review screens, settings, the language and the signed-in user, so they open from here. Its content
 * loads on the first tap (app-menu-panel.tsx), not with the first screen. A count on the button says
 * that records wait on the review screens (要確認, 競合), which are inside.
 */
import { lazy, Suspense, useEffect } from 'react';
import { useLocation } from 'react-router';
import { useDisclosure } from '../components/ui/use-disclosure';
import { useI18n } from '../lib/i18n/i18n';
import { useAttentionCount, useConflictCount } from '../storage/hooks/use-review-counts';

const AppMenuPanel = lazy(async () => ({ default: (await import('./app-menu-panel')).AppMenuPanel }));

export function AppMenu({ reviews }: { reviews: boolean }) {
  const { t } = useI18n();
  const { open, close, buttonProps, panelProps } = useDisclosure();
  const waiting = useAttentionCount() + useConflictCount();
  const { pathname } = useLocation();
  useEffect(close, [pathname, close]);
  return (
    <div className="app-menu">
      <button {...buttonProps} className="button button--ghost app-menu__button" data-testid="app-menu">
        <span aria-hidden="true">☰</span>
        {t('nav.menu')}
        {reviews && waiting > 0 ? (
          <span className="nav-count">
            {waiting}
            <span className="visually-hidden">{t('nav.menuWaiting')}</span>
          </span>
        ) : null}
      </button>
      <div {...panelProps} className="app-menu__panel">
        {open ? (
          <Suspense fallback={null}>
            <AppMenuPanel reviews={reviews} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
