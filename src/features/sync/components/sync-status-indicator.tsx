/**
 * The header's sync status, readable at a glance: オフライン / 同期中… / HH:MM に同期済み and the number
 * of unsent changes. The status text is a polite live region so a screen reader hears when a sync
 * finishes or fails. 今すぐ同期 and the last error's words are in the header's menu (sync-menu-section.tsx).
 */
import { useI18n } from '../../../lib/i18n/i18n';
import type { MessageKey } from '../../../lib/i18n/ja';
import { usePendingChangeCount } from '../../../storage/hooks/use-pending-change-count';
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
  const tone = status.phase === 'offline' ? 'offline' : status.phase === 'error' ? 'error' : 'online';
  return (
    <div className={pending > 0 ? 'sync-status sync-status--pending' : 'sync-status'} aria-label={t('sync.statusLabel')} role="group">
      <span className={`net net--${tone}`} role="status" data-testid="sync-status">
        {statusText(status, t)}
      </span>
      {pending > 0 ? (
        <span className="pending" data-testid="pending-count">
          {t('sync.pending', { n: pending })}
        </span>
      ) : null}
    </div>
  );
}
