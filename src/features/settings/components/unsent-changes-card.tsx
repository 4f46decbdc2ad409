/**
 * Unsent changes: how many, since when (highlighted past 24 h), and a file export/import so they
 * survive a browser that deletes the site's data (see storage/outbox-export.ts).
 */
import type { ChangeEvent } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { usePendingChangeCount } from '../../../storage/hooks/use-pending-change-count';
import { formatDeviceTime } from '../../../pwa/stale-outbox-banner';
import { useUnsentIsStale } from '../../../pwa/use-unsent-age';
import { useExportOutbox, useImportOutbox } from '../hooks/use-outbox-file';

export function UnsentChangesCard() {
  const { t, lang } = useI18n();
  const pending = usePendingChangeCount();
  const { stale, oldest } = useUnsentIsStale();
  const exporter = useExportOutbox();
  const importer = useImportOutbox();
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file can be chosen again
    if (file) importer.mutate(file);
  };
  const result = importer.data;
  return (
    <section className="card settings-card" aria-labelledby="settings-unsent">
      <h2 id="settings-unsent">{t('settings.unsent.title')}</h2>
      <p data-testid="settings-pending">{t('settings.pending', { n: pending })}</p>
      {oldest != null ? (
        <p className={stale ? 'settings-card__alert' : undefined}>{t('settings.unsent.oldest', { time: formatDeviceTime(oldest, lang) })}</p>
      ) : null}
      <p className="field__hint">{t('settings.unsent.hint')}</p>
      <div className="settings-card__actions">
        <button type="button" className="button button--primary" disabled={pending === 0 || exporter.isPending} onClick={() => exporter.mutate()}>
          {t('settings.unsent.export')}
        </button>
        <label className="button button--secondary file-button">
          {t('settings.unsent.import')}
          <input type="file" accept="application/json,.json" className="visually-hidden" onChange={onFile} data-testid="outbox-import" />
        </label>
      </div>
      {exporter.data ? (
        <p className="banner banner--success" role="status">
          {t('settings.unsent.exported', { n: exporter.data.count, file: exporter.data.fileName })}
        </p>
      ) : null}
      {result?.ok ? (
        <p className="banner banner--success" role="status">
          {t('settings.unsent.imported', { added: result.added, skipped: result.skipped })}
        </p>
      ) : null}
      {result && !result.ok ? (
        <p className="banner banner--error" role="alert">
          {t(result.reason === 'invalid-json' ? 'settings.unsent.invalidJson' : 'settings.unsent.invalidFormat')}
        </p>
      ) : null}
    </section>
  );
}
