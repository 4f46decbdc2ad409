/** Header warning when unsent changes are older than 24 hours (see use-unsent-age.ts for why). */
import { Link } from 'react-router';
import { useI18n } from '../lib/i18n/i18n';
import { useUnsentIsStale } from './use-unsent-age';

export function formatDeviceTime(ms: number, lang: 'ja' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

export function StaleOutboxBanner({ showSettingsLink = true }: { showSettingsLink?: boolean }) {
  const { t, lang } = useI18n();
  const { stale, oldest } = useUnsentIsStale();
  if (!stale || oldest == null) return null;
  return (
    <div className="banner banner--warning" role="status" data-testid="stale-outbox-banner">
      <p className="banner__title">{t('pwa.stale.title')}</p>
      <p>
        {t('pwa.stale.body', { since: formatDeviceTime(oldest, lang) })}
        {showSettingsLink ? (
          <>
            {' '}
            <Link to="/settings">{t('pwa.stale.settingsLink')}</Link>
          </>
        ) : null}
      </p>
    </div>
  );
}
