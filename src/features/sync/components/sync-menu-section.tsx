/**
 * The sync part of the header's menu: 今すぐ同期, the last error in plain Japanese, and the two review
 * screens with the number of items waiting for a person.
 */
import { useI18n } from '../../../lib/i18n/i18n';
import { requestSync } from '../../../sync/sync-requests';
import { useSyncStatus } from '../../../sync/sync-status';
import { SyncNavLinks } from './sync-nav-links';

export function SyncMenuSection({ reviews }: { reviews: boolean }) {
  const { t } = useI18n();
  const status = useSyncStatus();
  const busy = status.phase === 'pushing' || status.phase === 'pulling' || status.phase === 'initial';
  const showError = status.lastError && (status.phase === 'error' || status.phase === 'offline');
  return (
    <div className="app-menu__group" role="group" aria-label={t('sync.statusLabel')}>
      <button type="button" className="button button--secondary" onClick={() => void requestSync()} disabled={busy} aria-busy={busy}>
        {t('sync.now')}
      </button>
      {showError && status.lastError ? (
        <p className="sync-status__error" role="alert">
          {t(`sync.error.${status.lastError}`)}
        </p>
      ) : null}
      {reviews ? <SyncNavLinks /> : null}
    </div>
  );
}
