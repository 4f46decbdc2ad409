/**
 * 出欠をとる: a session's roster by class and number, one tap per student to move the mark on, 全員出席
 * for the unmarked, a note per student, and the counts and rate at the top. Reads and writes the device
 * database only (storage/hooks/use-session-attendance.ts): it works with no signal, a closed tab keeps
 * every mark (IndexedDB + outbox), and sync sends them later. What a row shows is the stored mark: the
 * live query re-reads after each write.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useSession } from '../../../auth/use-session';
import { PageHeader } from '../../../components/ui/page-header';
import { formatDate } from '../../../lib/dates';
import { saveErrorMessage } from '../../../lib/i18n/rule-message';
import type { SessionAttendance } from '../../../storage/attendance-queries';
import { useAttendanceWrites, useSessionAttendance } from '../../../storage/hooks/use-session-attendance';
import { useAttendanceMessages } from '../messages';
import { AttendanceRow } from './attendance-row';
import { AttendanceSummary } from './attendance-summary';
import '../attendance.css';

type Notice = { kind: 'ok' | 'error'; text: string };

export function AttendanceScreen() {
  const { id } = useParams<{ id: string }>();
  const { tf } = useAttendanceMessages();
  const data = useSessionAttendance(id);
  if (data === undefined)
    return (
      <section className="screen">
        <p className="banner banner--info" role="status" aria-busy="true">
          {tf('loading')}
        </p>
      </section>
    );
  if (data === null)
    return (
      <section className="screen">
        <p className="banner banner--warning" role="status">
          {tf('notFound')}
        </p>
      </section>
    );
  return <Roster data={data} />;
}

/** Rows grouped by class, in the order sessionRoster gives (学年 → 組 → 番号). */
function byClass(rows: SessionAttendance['rows']) {
  const groups: { key: string; label: string; rows: SessionAttendance['rows'] }[] = [];
  for (const row of rows) {
    const label = row.student.className || `${row.student.grade}`;
    const key = `${row.student.grade}/${row.student.className}`;
    const last = groups.at(-1);
    if (last?.key === key) last.rows.push(row);
    else groups.push({ key, label, rows: [row] });
  }
  return groups;
}

function Roster({ data }: { data: SessionAttendance }) {
  const { t, tf, lang } = useAttendanceMessages();
  const role = useSession().user?.role;
  const writes = useAttendanceWrites();
  const [notice, setNotice] = useState<Notice | null>(null);
  const { session } = data;
  const pair = (studentId: string) => ({ sessionId: session.id, studentId, schoolId: session.schoolId });
  const failed = (error: unknown) => setNotice({ kind: 'error', text: saveErrorMessage(t, 'attendance', error) });

  const allPresent = async () => {
    try {
      const n = await writes.allPresent(session, data.rows.map((r) => r.student.id));
      setNotice({ kind: 'ok', text: n > 0 ? tf('allPresentDone', { n }) : tf('allPresentNone') });
    } catch (error) {
      failed(error);
    }
  };

  // A teacher comes from its home; a coordinator from the session's page (its programme's list of days).
  const back = role === 'teacher' ? { to: '/teacher', label: tf('back') } : { to: `/sessions/${session.id}`, label: tf('backToSession') };
  return (
    <section className="screen attendance">
      <PageHeader
        title={session.title}
        actions={
          <Link className="button button--secondary" to={back.to}>
            {back.label}
          </Link>
        }
      >
        <p className="page-header__sub attendance__meta">
          <span className="tag">{t(`sessionKind.${session.kind}`)}</span> <time dateTime={session.date}>{formatDate(session.date, lang)}</time>
          {session.startTime ? ` ${tf('time', { start: session.startTime, end: session.endTime })}` : null}
          {data.hostName ? ` ・ ${tf('host', { name: data.hostName })}` : null}
          {session.place ? ` ・ ${tf('place', { place: session.place })}` : null}
        </p>
      </PageHeader>
      <AttendanceSummary data={data} onAllPresent={() => void allPresent()} />
      {/* Always there, as high as the help it replaces: a message appearing would push the roster down under a finger. */}
      <p className={`attendance__notice${notice?.kind === 'error' ? ' attendance__notice--error' : ''}`} role="status">
        {notice?.text ?? (data.unmarked === 0 && data.rows.length > 0 ? tf('complete') : tf('tapHelp'))}
      </p>
      {data.rows.length === 0 ? (
        <p className="empty">{tf('rosterEmpty')}</p>
      ) : (
        byClass(data.rows).map((group) => (
          <section key={group.key} className="card attendance__class" aria-label={group.label}>
            <h2 className="attendance__class-title">
              {group.label} <span className="list-count">{tf('roster', { n: group.rows.length })}</span>
            </h2>
            <ul className="plain-list roster">
              {group.rows.map((row) => (
                <AttendanceRow
                  key={row.student.id}
                  row={row}
                  onTap={() => {
                    setNotice(null);
                    writes.cycle(pair(row.student.id)).catch(failed);
                  }}
                  onSaveNote={async (note) => {
                    try {
                      await writes.saveNote(pair(row.student.id), note);
                      setNotice({ kind: 'ok', text: tf('noteSaved') });
                    } catch (error) {
                      failed(error);
                    }
                  }}
                />
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
