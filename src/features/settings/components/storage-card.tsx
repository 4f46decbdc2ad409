/** Storage on this device: is it protected from eviction, how full is it, and a warning at 80 %. */
import { isNearlyFull, useStorageStatus } from '../../../pwa/storage-status';
import { useSettingsMessages } from '../messages';

const size = (bytes: number) => {
  const mb = bytes / 1024 / 1024;
  return mb >= 1024 ? `${(mb / 1024).toFixed(1)} GB` : `${mb.toFixed(1)} MB`;
};

export function StorageCard() {
  const { t, tf } = useSettingsMessages();
  const { status } = useStorageStatus();
  const { persisted = null, usage = null, quota = null } = status ?? {};
  const percent = usage !== null && quota ? Math.round((usage / quota) * 1000) / 10 : null;
  const persistedText = persisted === null ? tf('settings.persistedUnknown') : persisted ? tf('settings.persistedYes') : tf('settings.persistedNo');
  return (
    <section className="card settings-card" aria-labelledby="settings-storage">
      <h2 id="settings-storage">{tf('settings.storage')}</h2>
      {status && isNearlyFull(status) ? (
        <p className="banner banner--warning" role="alert" data-testid="storage-warning">
          {tf('settings.nearlyFull', { percent: percent ?? 0 })}
        </p>
      ) : null}
      <dl className="settings-list">
        <div>
          <dt>{tf('settings.persisted')}</dt>
          <dd data-testid="storage-persisted">{status ? persistedText : t('common.loading')}</dd>
        </div>
        <div>
          <dt>{tf('settings.usage')}</dt>
          <dd data-testid="storage-usage">
            {!status ? t('common.loading') : usage !== null && quota !== null ? `${tf('settings.storageUsage', { used: size(usage), quota: size(quota) })}（${percent}%）` : tf('settings.usageUnknown')}
          </dd>
        </div>
      </dl>
      {percent !== null ? <meter className="settings-meter" min={0} max={100} low={60} high={80} optimum={0} value={percent} aria-label={tf('settings.usage')} /> : null}
    </section>
  );
}
