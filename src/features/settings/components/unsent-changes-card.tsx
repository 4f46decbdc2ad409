/**
 * Unsent changes: how many, since when (highlighted past 24 h), and a file export/import so they
 * survive a browser that deletes the site's data (see storage/outbox-export.ts).
 */
import type { ChangeEvent } from 'react';
import { usePendingChangeCount } from '../../../storage/hooks/use-pending-change-count';
import { formatDeviceTime } from '../../../pwa/stale-outbox-banner';
import { useUnsentIsStale } from '../../../pwa/use-unsent-age';
import { useExportOutbox, useImportOutbox } from '../hooks/use-outbox-file';
import { useSettingsMessages } from '../messages';

export function UnsentChangesCard() {
  const { lang, tf } = useSettingsMessages();
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
      <h2 id="settings-unsent">{tf('settings.unsent.title')}</h2>
      <p data-testid="settings-pending">{tf('settings.pending', { n: pending })}</p>
      {oldest != null ? (
        <p className={stale ? 'settings-card__alert' : undefined}>{tf('settings.unsent.oldest', { time: formatDeviceTime(oldest, lang) })}</p>
      ) : null}
      <p className="field__hint">{tf('settings.unsent.hint')}</p>
      <div className="settings-card__actions">
        <button type="button" className="button button--primary" disabled={pending === 0 || exporter.isPending} onClick={() => exporter.mutate()}>
          {tf('settings.unsent.export')}
        </button>
        <label className="button button--secondary file-button">
          {tf('settings.unsent.import')}
          <input type="file" accept="application/json,.json" className="visually-hidden" onChange={onFile} data-testid="outbox-import" />
        </label>
      </div>
      {exporter.data ? (
        <p className="banner banner--success" role="status">
          {tf('settings.unsent.exported', { n: exporter.data.count, file: exporter.data.fileName })}
        </p>
      ) : null}
      {result?.ok ? (
        <p className="banner banner--success" role="status">
          {tf('settings.unsent.imported', { added: result.added, skipped: result.skipped })}
        </p>
      ) : null}
      {result && !result.ok ? (
        <p className="banner banner--error" role="alert">
          {tf(result.reason === 'invalid-json' ? 'settings.unsent.invalidJson' : 'settings.unsent.invalidFormat')}
        </p>
      ) : null}
    </section>
  );
}
