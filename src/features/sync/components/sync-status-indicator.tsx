/**
 * The header's sync status, readable at a glance: オフライン / 同期中… / HH:MM に同期済み, the number of
 * unsent changes, a 今すぐ同期 button, and the last error in plain Japanese. The status text is a
 * polite live region so a screen reader hears when a sync finishes or fails. 今すぐ同期 while offline
 * answers why nothing is sent and what happens when the network returns.
 */
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import type { MessageKey } from '../../../lib/i18n/ja';
import { usePendingChangeCount } from '../../../storage/hooks/use-pending-change-count';
import { requestSync } from '../../../sync/sync-requests';
import { useSyncStatus, type SyncStatus } from '../../../sync/sync-status';
import { shortTime } from './sync-labels';

function statusText(status: SyncStatus, t: (key: MessageKey, vars?: Record<string, string>) => string): string {
  switch (status.phase) {
    case 'offline':
      return t('sync.status.offline');
    case 'pushing':
    case 'pulling':
    case 'initial':
      return t('sync.status.syncing');
    case 'error':
      return t('sync.status.failed');
    case 'idle':
      return status.lastSyncedAt ? t('sync.status.syncedAt', { time: shortTime(status.lastSyncedAt) }) : t('sync.status.never');
  }
}

export function SyncStatusIndicator() {
  const { t } = useI18n();
  const status = useSyncStatus();
  const pending = usePendingChangeCount();
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
    <div className="sync-status" aria-label={t('sync.statusLabel')} role="group">
      <span className={`net net--${status.phase === 'offline' ? 'offline' : 'online'}`} role="status" data-testid="sync-status">
        {statusText(status, t)}
      </span>
      {pending > 0 ? (
        <span className="pending" data-testid="pending-count">
          {t('sync.pending', { n: pending })}
        </span>
      ) : null}
      <button type="button" className="button button--ghost" onClick={syncNow} disabled={busy} aria-busy={busy}>
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
    </div>
  );
}
