/**
 * The header's menu button: one row of header on a tablet leaves no room for the sync controls, the
 * review screens, settings, the language and the signed-in user, so they open from here (a WAI-ARIA
 * disclosure: aria-expanded, aria-controls, its content plain links and buttons reached with Tab).
 * The content, and what closes it, load on the first tap (app-menu-panel.tsx), not with the first
 * screen. A count on the button says that records wait on the review screens (要確認, 競合) inside.
 */
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useI18n } from '../lib/i18n/i18n';
import { useAttentionCount, useConflictCount } from '../storage/hooks/use-review-counts';

const AppMenuPanel = lazy(async () => ({ default: (await import('./app-menu-panel')).AppMenuPanel }));

export function AppMenu({ reviews }: { reviews: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const waiting = useAttentionCount() + useConflictCount();
  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }, []);
  return (
    <div className="app-menu">
      <button ref={button} type="button" className="button button--ghost app-menu__button" aria-expanded={open} aria-controls="app-menu-panel" onClick={() => setOpen(!open)} data-testid="app-menu">
        <span aria-hidden="true">☰</span>
        <span className="app-menu__label">{t('nav.menu')}</span>
        {reviews && waiting > 0 ? (
          <span className="nav-count">
            {waiting}
            <span className="visually-hidden">{t('nav.menuWaiting')}</span>
          </span>
        ) : null}
      </button>
      <div ref={panel} id="app-menu-panel" className="app-menu__panel" hidden={!open}>
        {open ? (
          <Suspense fallback={null}>
            <AppMenuPanel reviews={reviews} button={button} panel={panel} onClose={close} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
