/**
 * 変更履歴: who changed a record, from which device, when (device clock and server clock, since a device
 * offline for days sends old edits late), which fields, and whether the server took the change.
 * Admins only (the detail screens render it for an admin: auth/use-admin-access.ts), and fetched only
 * when opened: the history lives on the server, not on the device.
 */
import { useState } from 'react';
import { apiErrorMessageKey } from '../lib/api-error-message';
import { formatDateTime } from '../lib/date-time';
import { shortDeviceId } from '../lib/device-id';
import { useI18n } from '../lib/i18n/i18n';
import { joinLabels } from '../lib/i18n/join-labels';
import { fieldLabel, reasonLabel } from '../lib/i18n/record-labels';
import { useOnline } from '../lib/use-online';
import { useRecordHistory } from '../lib/use-record-history';
import type { AuditEntry } from '../shared/auth-protocol';
import type { EntityName } from '../shared/entities';
import { ErrorBanner } from './ui/banner';


export function RecordHistory({ entity, recordId }: { entity: EntityName; recordId: string }) {
  const { t } = useI18n();
  const online = useOnline();
  const [open, setOpen] = useState(false);
  const history = useRecordHistory(entity, recordId, open && online);
  return (
    <section className="card record-history" aria-labelledby="record-history-title">
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="record-history__summary">
          <h2 id="record-history-title">{t('history.title')}</h2>
        </summary>
        {!online ? <p className="banner banner--warning">{t('admin.offline')}</p> : null}
        <ErrorBanner message={history.error ? t(apiErrorMessageKey(history.error)) : undefined} />
        {online && history.isPending && open ? <p aria-busy="true">{t('common.loading')}</p> : null}
        {history.data?.length === 0 ? <p className="empty">{t('history.empty')}</p> : null}
        <ol className="plain-list">
          {history.data
            ?.slice()
            .reverse()
            .map((entry) => <HistoryItem key={entry.mutationId} entity={entity} entry={entry} />)}
        </ol>
      </details>
    </section>
  );
}

function HistoryItem({ entity, entry }: { entity: EntityName; entry: AuditEntry }) {
  const { t, lang } = useI18n();
  const op = entry.op === 'delete' ? t('sync.op.delete') : t('sync.op.upsert');
  const rejected = entry.result === 'rejected';
  return (
    <li className={`timeline-item record-history__item${rejected ? ' record-history__item--rejected' : ''}`}>
      <p className="timeline-item__head">
        {formatDateTime(entry.serverTime, lang)} ・ {entry.userName ?? t('history.unknownUser')} ・ {op} ・{' '}
        <span className={`tag ${rejected ? 'tag--off' : 'tag--on'}`}>{rejected ? t('history.rejected') : t('history.applied')}</span>
      </p>
      <dl className="record-history__meta">
        <div>
          <dt>{t('history.fields')}</dt>
          <dd>{joinLabels(entry.fields.map((f) => fieldLabel(t, lang, entity, f)), lang) || '—'}</dd>
        </div>
        {rejected && entry.reason ? (
          <div>
            <dt>{t('history.reason')}</dt>
            <dd>{reasonLabel(t, lang, entry.reason)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('history.clientTime')}</dt>
          <dd>{formatDateTime(entry.clientTime, lang) || '—'}</dd>
        </div>
        <div>
          <dt>{t('history.serverTime')}</dt>
          <dd>{formatDateTime(entry.serverTime, lang)}</dd>
        </div>
        <div>
          <dt>{t('history.device')}</dt>
          <dd>
            <code title={entry.clientId}>{shortDeviceId(entry.clientId)}</code>
          </dd>
        </div>
      </dl>
    </li>
  );
}
