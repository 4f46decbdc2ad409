/**
 * The last stop for a render error, e.g. a screen's code that cannot be loaded: instead of a blank
 * page, say that the saved data is safe (it lives in IndexedDB and the outbox, not in the screen)
 * and offer a reload.
 */
import { Component, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n/i18n';

function Failed() {
  const { t } = useI18n();
  return (
    <main id="main" className="app-main">
      <section className="card" role="alert" aria-labelledby="app-failed-title">
        <h1 id="app-failed-title">{t('app.failed.title')}</h1>
        <p>{t('app.failed.body')}</p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('app.failed.reload')}
        </button>
      </section>
    </main>
  );
}

export class AppErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('screen failed', error);
  }

  override render() {
    return this.state.failed ? <Failed /> : this.props.children;
  }
}
