/** Storage on this device: is it protected from eviction, how full is it, and a warning at 80 %. */
import { useI18n } from '../../../lib/i18n/i18n';
import { isNearlyFull, useStorageStatus } from '../../../pwa/storage-status';

const size = (bytes: number) => {
  const mb = bytes / 1024 / 1024;
  return mb >= 1024 ? `${(mb / 1024).toFixed(1)} GB` : `${mb.toFixed(1)} MB`;
};

export function StorageCard() {
  const { t } = useI18n();
  const { status } = useStorageStatus();
  const { persisted = null, usage = null, quota = null } = status ?? {};
  const percent = usage !== null && quota ? Math.round((usage / quota) * 1000) / 10 : null;
  const persistedText = persisted === null ? t('settings.persistedUnknown') : persisted ? t('settings.persistedYes') : t('settings.persistedNo');
  return (
    <section className="card settings-card" aria-labelledby="settings-storage">
      <h2 id="settings-storage">{t('settings.storage')}</h2>
      {status && isNearlyFull(status) ? (
        <p className="banner banner--warning" role="alert" data-testid="storage-warning">
          {t('settings.nearlyFull', { percent: percent ?? 0 })}
        </p>
      ) : null}
      <dl className="settings-list">
        <div>
          <dt>{t('settings.persisted')}</dt>
          <dd data-testid="storage-persisted">{status ? persistedText : t('common.loading')}</dd>
        </div>
        <div>
          <dt>{t('settings.usage')}</dt>
          <dd data-testid="storage-usage">
            {!status ? t('common.loading') : usage !== null && quota !== null ? `${t('settings.storageUsage', { used: size(usage), quota: size(quota) })}（${percent}%）` : t('settings.usageUnknown')}
          </dd>
        </div>
      </dl>
      {percent !== null ? <meter className="settings-meter" min={0} max={100} low={60} high={80} optimum={0} value={percent} aria-label={t('settings.usage')} /> : null}
    </section>
  );
}
