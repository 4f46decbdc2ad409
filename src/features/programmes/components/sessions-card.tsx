/**
 * A programme's sessions in date order, one 44 px row each leading to the session's page: the day, the
 * kind, the title, time and place (or host), and how its attendance stands — the rate, and for a day
 * that has come, how many are still unmarked (未入力 N名), so a forgotten class shows.
 */
import { Link } from 'react-router';
import { AttendanceRate } from '../../../components/attendance-rate';
import { codeLabel } from '../../../lib/code-options';
import { todayIso } from '../../../lib/dates';
import type { SessionSummary } from '../../../storage/programme-queries';
import { sessionDay, timeRange } from '../format';
import { useProgrammeMessages } from '../messages';

export function SessionsCard({ programmeId, sessions }: { programmeId: string; sessions: SessionSummary[] }) {
  const { t, tf, lang } = useProgrammeMessages();
  const today = todayIso();
  return (
    <section className="card" aria-labelledby="programme-sessions">
      <div className="section-head">
        <h2 id="programme-sessions">{tf('sessions.title')}</h2>
        <Link to={`/programmes/${programmeId}/sessions/new`} className="button button--primary">
          {tf('sessions.add')}
        </Link>
      </div>
      {sessions.length === 0 ? <p className="empty">{tf('sessions.empty')}</p> : null}
      <ul className="plain-list session-rows">
        {sessions.map(({ session, hostName, progress }) => {
          const where = session.kind === 'internship' ? (hostName ? tf('sessions.host', { name: hostName }) : tf('sessions.noHost')) : session.place;
          return (
            <li key={session.id}>
              <Link to={`/sessions/${session.id}`} className="session-row">
                <span className="session-row__day">
                  <time dateTime={session.date}>{sessionDay(session.date, lang)}</time>
                  <span className="muted">{timeRange(session.startTime, session.endTime, lang)}</span>
                </span>
                <span className="session-row__main">
                  <span className={`session-kind session-kind--${session.kind}`}>{codeLabel(t, 'sessionKind', session.kind)}</span>
                  <span className="session-row__title">{session.title}</span>
                  {where ? <span className="muted">{where}</span> : null}
                </span>
                <span className="session-row__meta">
                  <span>{tf('sessions.roster', { n: progress.roster.length })}</span>
                  {progress.roster.length === 0 ? null : session.date > today ? (
                    <span className="muted">{tf('sessions.future')}</span>
                  ) : (
                    <>
                      <AttendanceRate tally={progress.tally} compact />
                      {progress.missing > 0 ? <span className="due-badge">{tf('sessions.missing', { n: progress.missing })}</span> : <span className="tag tag--ok">{tf('sessions.complete')}</span>}
                    </>
                  )}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
