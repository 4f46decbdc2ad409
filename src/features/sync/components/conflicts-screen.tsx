/**
 * 競合: clashes the server recorded when two devices changed the same field (or one deleted what the
 * other edited). Each shows both values and who/when; a person keeps the current value or restores
 * the overwritten one (an ordinary edit that syncs like any other). Either way the conflict is marked
 * reviewed here at once and on the server at the next sync.
 */
import { Link } from 'react-router';
import { useSession } from '../../../auth/use-session';
import type { AttendanceSubject } from '../../../storage/attendance-queries';
import type { LocalConflict } from '../../../storage/db';
import { useAttendanceSubjects, useConflictList, useRecordsOf } from '../../../storage/hooks/use-sync-lists';
import { keepConflictValue, restoreConflictValue } from '../../../storage/review-actions';
import { requestSync } from '../../../sync/sync-requests';
import { useConflictMessages } from '../conflict-messages';
import { useAttendanceLabels } from './attendance-labels';
import { fieldLabel } from '../../../lib/i18n/record-labels';
import { detailPath, entityLabel, recordName, shortTime, valueText } from './sync-labels';
import { SyncListScreen } from './sync-list-screen';

export function ConflictsScreen() {
  const { tf } = useConflictMessages();
  const conflicts = useConflictList();
  const records = useRecordsOf(conflicts);
  const subjects = useAttendanceSubjects(records);
  return (
    <SyncListScreen
      title={tf('conflicts.title')}
      intro={tf('conflicts.intro')}
      emptyText={tf('conflicts.empty')}
      items={conflicts}
      renderItem={(c) => <ConflictItem key={c.id} conflict={c} record={records.get(`${c.entity}/${c.recordId}`)} subject={subjects.get(c.recordId)} />}
    />
  );
}

function ConflictItem({ conflict, record, subject }: { conflict: LocalConflict; record: Record<string, unknown> | undefined; subject: AttendanceSubject | undefined }) {
  const { t, tf, lang } = useConflictMessages();
  const attendance = useAttendanceLabels(subject);
  // An attendance mark reads as the student at the session, with its marks in words (出席, not `present`).
  const name = conflict.entity === 'attendance' ? attendance.name : recordName(t, conflict.entity, record);
  const field = (f: string) => (conflict.entity === 'attendance' ? attendance.field(f) : fieldLabel(t, lang, conflict.entity, f));
  const value = (f: string, v: unknown) => (conflict.entity === 'attendance' ? attendance.value(f, v) : valueText(t, lang, v));
  const me = useSession().user?.userId;
  const deleteEdit = conflict.kind === 'delete-edit';
  const headingId = `conflict-${conflict.id}`;
  const detail = record ? detailPath(conflict.entity, conflict.recordId) : undefined;
  // A restore is only possible for a field clash on a record that still exists.
  const canRestore = !deleteEdit && record !== undefined;
  const lost = deleteEdit && conflict.losingValue && typeof conflict.losingValue === 'object' ? Object.entries(conflict.losingValue) : [];

  const keep = async () => {
    await keepConflictValue(conflict.id);
    void requestSync();
  };
  const restore = async () => {
    await restoreConflictValue(conflict);
    void requestSync();
  };

  return (
    <li className="card sync-item" aria-labelledby={headingId}>
      <h2 id={headingId} className="sync-item__title">
        <span className="tag">{entityLabel(t, conflict.entity)}</span> {name}
        {deleteEdit ? null : <span className="sync-item__op">{field(conflict.field)}</span>}
      </h2>
      {deleteEdit ? <p className="banner banner--warning">{tf('conflicts.deleteEdit')}</p> : null}
      <dl className="sync-compare">
        <div className="sync-compare__side sync-compare__side--current">
          <dt>{tf('conflicts.current')}</dt>
          <dd data-testid="conflict-current">{deleteEdit ? tf('conflicts.deletedValue') : value(conflict.field, conflict.serverValue)}</dd>
        </div>
        <div className="sync-compare__side sync-compare__side--lost">
          <dt>{tf('conflicts.lost')}</dt>
          <dd data-testid="conflict-lost">
            {deleteEdit
              ? lost.map(([f, v]) => `${field(f)}: ${value(f, v)}`).join(' / ') || t('sync.empty')
              : value(conflict.field, conflict.losingValue)}
          </dd>
        </div>
      </dl>
      {/* The device knows only its own user's name; another person's id would mean nothing to a reader. */}
      <p className="sync-item__meta">{tf('conflicts.who', { time: shortTime(conflict.createdAt), user: tf(conflict.userId === me ? 'conflicts.byYou' : 'conflicts.byOther') })}</p>
      <div className="form__actions">
        {detail ? (
          <Link className="button button--secondary" to={detail}>
            {tf('conflicts.open')}
          </Link>
        ) : null}
        <button type="button" className="button button--secondary" onClick={() => void keep()}>
          {tf('conflicts.keep')}
        </button>
        {canRestore ? (
          <button type="button" className="button button--primary" onClick={() => void restore()}>
            {tf('conflicts.restore')}
          </button>
        ) : null}
      </div>
    </li>
  );
}
