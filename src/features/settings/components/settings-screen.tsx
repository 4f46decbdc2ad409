/** Device settings: language, storage use and protection, unsent changes (export/import), app version. */
import { PageHeader } from '../../../components/ui/page-header';
import { useI18n, type Lang } from '../../../lib/i18n/i18n';
import { useSettingsMessages } from '../messages';
import { AppCard } from './app-card';
import { StorageCard } from './storage-card';
import { UnsentChangesCard } from './unsent-changes-card';

export function SettingsScreen() {
  const { t, lang, setLang } = useI18n();
  const { tf } = useSettingsMessages();
  return (
    <section className="screen">
      <PageHeader title={t('settings.title')} />
      <div className="settings-grid">
        {/* Unsent changes first: they are the one thing on this screen that can be lost. */}
        <UnsentChangesCard />
        <div className="card settings-card">
          <label className="field">
            <span className="field__label">{tf('settings.language')}</span>
            <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
              <option value="ja">日本語</option>
              <option value="en">English</option>
            </select>
          </label>
        </div>
        <StorageCard />
        <AppCard />
      </div>
    </section>
  );
}
