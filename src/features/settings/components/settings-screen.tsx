/** Device settings: language, storage use and unsent changes. */
import { useEffect, useState } from 'react';
import { PageHeader } from '../../../components/ui/page-header';
import { useI18n, type Lang } from '../../../lib/i18n/i18n';
import { usePendingChangeCount } from '../../../lib/record-hooks';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function SettingsScreen() {
  const { t, lang, setLang } = useI18n();
  const pending = usePendingChangeCount();
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  useEffect(() => {
    navigator.storage?.estimate?.().then(setEstimate, () => setEstimate(null));
  }, []);
  return (
    <section className="screen">
      <PageHeader title={t('settings.title')} />
      <div className="card">
        <label className="field">
          <span className="field__label">{t('settings.language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            <option value="ja">日本語</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      <div className="card">
        <h2>{t('settings.storage')}</h2>
        {estimate ? <p>{t('settings.storageUsage', { used: mb(estimate.usage ?? 0), quota: mb(estimate.quota ?? 0) })}</p> : null}
        <p>{t('settings.pending', { n: pending })}</p>
      </div>
    </section>
  );
}
