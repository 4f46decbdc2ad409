/** The first sync's progress bar: a new device shows how much of its data has arrived. */
import { useI18n } from '../../../lib/i18n/i18n';
import { useSyncStatus } from '../../../sync/sync-status';

export function InitialSyncProgress() {
  const { t } = useI18n();
  const { phase, progress } = useSyncStatus();
  if (phase !== 'initial') return null;
  const total = Math.max(progress?.total ?? 0, progress?.done ?? 0);
  return (
    <div className="banner banner--warning initial-sync" role="status">
      <label htmlFor="initial-sync-progress" className="initial-sync__label">
        {t('sync.initial.label')}
        {progress ? <span> {t('sync.initial.count', { done: progress.done, total })}</span> : null}
      </label>
      {/* Without a total yet the bar is indeterminate rather than stuck at 0. */}
      <progress id="initial-sync-progress" className="initial-sync__bar" {...(progress && total > 0 ? { value: progress.done, max: total } : {})} />
    </div>
  );
}
