/**
 * The sync part of the header's menu: 今すぐ同期, the last error in plain Japanese, and the two review
 * screens with the number of items waiting for a person. 今すぐ同期 while offline answers why nothing is
 * sent and what happens when the network returns.
 */
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { requestSync } from '../../../sync/sync-requests';
import { useSyncStatus } from '../../../sync/sync-status';
import { SyncNavLinks } from './sync-nav-links';

export function SyncMenuSection({ reviews }: { reviews: boolean }) {
  const { t } = useI18n();
  const status = useSyncStatus();
  const busy = status.phase === 'pushing' || status.phase === 'pulling' || status.phase === 'initial';
  // A tap on 今すぐ同期 with no network must still answer: say why nothing is sent and what happens next.
  const [askedOffline, setAskedOffline] = useState(false);
  const offline = status.phase === 'offline';
  const showOfflineAnswer = askedOffline && offline;
  const showError = !showOfflineAnswer && status.lastError && (status.phase === 'error' || offline);
  const syncNow = () => {
    setAskedOffline(offline);
    // Still asked: the browser's offline flag can be wrong, and the loop finds out for itself.
    void requestSync();
  };
  return (
    <div className="app-menu__group" role="group" aria-label={t('sync.statusLabel')}>
      <button type="button" className="button button--secondary" onClick={syncNow} disabled={busy} aria-busy={busy}>
        {t('sync.now')}
      </button>
      {showOfflineAnswer ? (
        <p className="sync-status__error" role="alert">
          {t('sync.now.offline')}
        </p>
      ) : null}
      {showError && status.lastError ? (
        <p className="sync-status__error" role="alert">
          {t(`sync.error.${status.lastError}`)}
        </p>
      ) : null}
      {reviews ? <SyncNavLinks /> : null}
    </div>
  );
}
