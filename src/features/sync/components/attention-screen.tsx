/**
 * 要確認: changes the server refused for good, each with the reason per field in Japanese, and two
 * ways out: discard, or fix and resend (the record's edit screen opens with the refused values; its
 * save sends them again). Nothing leaves this list without a person's decision.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { errorKey } from '../../../lib/i18n/i18n';
import type { MessageKey } from '../../../lib/i18n/ja';
import { ruleMessage } from '../../../lib/i18n/rule-message';
import type { AttentionEntry } from '../../../storage/db';
import type { AttendanceSubject } from '../../../storage/attendance-queries';
import { useAttendanceSubjects, useAttentionList, useRecordsOf } from '../../../storage/hooks/use-sync-lists';
import { discardAttentionEntry, resendAttentionEntry } from '../../../storage/review-actions';
import { userFields } from '../../../sync/core/record-values';
import { useAttendanceLabels } from './attendance-labels';
import { fieldLabel } from '../../../lib/i18n/record-labels';
import { editPath, entityLabel, recordName, shortTime, valueText } from './sync-labels';
import { SyncListScreen } from './sync-list-screen';
import { useAttentionMessages } from '../attention-messages';

export function AttentionScreen() {
  const { tf } = useAttentionMessages();
  const entries = useAttentionList();
  const records = useRecordsOf(entries?.map((e) => e.mutation));
  const subjects = useAttendanceSubjects(records);
  return (
    <SyncListScreen
      title={tf('attention.title')}
      intro={tf('attention.intro')}
      emptyText={tf('attention.empty')}
      items={entries}
      renderItem={(entry) => (
        <AttentionItem key={entry.mutationId} entry={entry} record={records.get(`${entry.mutation.entity}/${entry.mutation.recordId}`)} subject={subjects.get(entry.mutation.recordId)} />
      )}
    />
  );
}

function AttentionItem({ entry, record, subject }: { entry: AttentionEntry; record: Record<string, unknown> | undefined; subject: AttendanceSubject | undefined }) {
  const { t, lang, tf } = useAttentionMessages();
  const navigate = useNavigate();
  const { entity, recordId, op, patch } = entry.mutation;
  // An attendance mark reads as the student at the session, its marks in words.
  const attendance = useAttendanceLabels(subject);
  const isMark = entity === 'attendance';
  const name = isMark ? attendance.name : recordName(t, entity, record, patch);
  const field = (f: string) => (isMark ? attendance.field(f) : fieldLabel(t, lang, entity, f));
  const headingId = `attention-${entry.mutationId}`;
  const edit = op === 'upsert' ? editPath(entity, recordId) : undefined;
  const opKey: MessageKey = op === 'delete' ? 'sync.op.delete' : entry.serverValues === undefined && entry.mutation.baseVersion === 0 ? 'sync.op.create' : 'sync.op.upsert';
  const fields = Object.entries(userFields(patch));
  const problems = Object.entries(entry.details);

  const [confirming, setConfirming] = useState(false);
  const discard = async () => {
    setConfirming(false);
    await discardAttentionEntry(entry.mutationId);
  };
  const resend = async () => {
    await resendAttentionEntry(entry.mutationId, new Date().toISOString());
    if (edit) navigate(edit);
  };

  return (
    <li className="card sync-item" aria-labelledby={headingId}>
      <h2 id={headingId} className="sync-item__title">
        <span className="tag">{entityLabel(t, entity)}</span> {name} <span className="sync-item__op">{t(opKey)}</span>
      </h2>
      <p className="banner banner--error">{tf(`attention.reason.${entry.reason}`)}</p>
      {entry.reason === 'rule' ? <p className="sync-item__problems">{ruleMessage(t, entity, entry.details)}</p> : null}
      {problems.length > 0 && entry.reason !== 'rule' ? (
        <ul className="sync-item__problems">
          {problems.map(([f, message]) => (
            <li key={f}>
              <strong>{f === '_' ? entityLabel(t, entity) : field(f)}</strong>: {t(errorKey(message))}
            </li>
          ))}
        </ul>
      ) : null}
      {fields.length > 0 && op === 'upsert' ? (
        <details className="sync-item__sent">
          <summary>{tf('attention.sentValues')}</summary>
          <dl className="sync-values">
            {fields.map(([f, value]) => (
              <div key={f} className="sync-values__row">
                <dt>{field(f)}</dt>
                <dd>{isMark ? attendance.value(f, value) : valueText(t, lang, value)}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
      <p className="sync-item__meta">{tf('attention.rejectedAt', { time: shortTime(entry.rejectedAt) })}</p>
      {entry.resending ? <p className="banner banner--warning">{tf('attention.resending')}</p> : null}
      {op === 'upsert' && !edit ? <p className="sync-item__meta">{tf('attention.noEditor')}</p> : null}
      <div className="form__actions">
        <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
          {tf('attention.discard')}
        </button>
        {edit ? (
          <button type="button" className="button button--primary" onClick={() => void resend()}>
            {tf('attention.resend')}
          </button>
        ) : null}
      </div>
      {confirming ? (
        <ConfirmDialog title={tf('attention.confirmDiscard')} confirmLabel={tf('attention.discard')} cancelLabel={t('common.cancel')} danger onConfirm={() => void discard()} onCancel={() => setConfirming(false)} />
      ) : null}
    </li>
  );
}
