/** The frame of the screens shown before the app (sign-in, passcode): app name, language, one card. */
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';

export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  return (
    <div className="auth-page">
      <header className="auth-page__header">
        <p className="app-header__title">
          {t('app.title')} <span className="app-header__sub">{t('app.subtitle')}</span>
        </p>
        <button type="button" className="button button--ghost" lang={lang === 'ja' ? 'en' : 'ja'} onClick={() => setLang(lang === 'ja' ? 'en' : 'ja')}>
          {t('lang.switch')}
        </button>
      </header>
      <main id="main" className="auth-page__main">
        <section className="card auth-card" aria-labelledby="auth-title">
          <h1 id="auth-title" className="auth-card__title">
            {title}
          </h1>
          {children}
        </section>
      </main>
    </div>
  );
}
