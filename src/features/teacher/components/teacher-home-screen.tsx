/**
 * A teacher's home: this fiscal year's sessions of their school as a to-do list (storage/teacher-queries.ts,
 * domain teacherAgenda): today's first, then the coming ones, then past ones whose attendance is still
 * incomplete with how many are missing, so nothing is forgotten. Each row opens its attendance screen.
 * A teacher's device holds no seekers at all (the server never sends them).
 */
import { Link } from 'react-router';
import { useSession } from '../../../auth/use-session';
import { PageHeader } from '../../../components/ui/page-header';
import { fiscalYearLabel, fiscalYearOf } from '../../../domain/fiscal-year';
import type { AgendaSession } from '../../../domain/school-programme';
import { formatDate, todayIso } from '../../../lib/dates';
import type { MessageKey } from '../../../lib/i18n/ja';
import { useTeacherHome } from '../../../storage/hooks/use-teacher-home';
import type { AgendaRow } from '../../../storage/teacher-queries';
import { useTeacherMessages } from '../messages';
import '../teacher-home.css';

export function TeacherHomeScreen() {
  const { t, tf, lang } = useTeacherMessages();
  const { user } = useSession();
  const today = todayIso();
  const home = useTeacherHome(user?.schoolId, today);
  if (!home?.school) {
    return (
      <section className="screen">
        <p className="banner banner--info" role="status" aria-busy={home === undefined}>
          {tf('loading')}
        </p>
      </section>
    );
  }
  const { school, agenda } = home;
  return (
    <section className="screen teacher-home">
      <PageHeader
        title={school.name}
        actions={
          <>
            <Link className="button button--secondary" to={`/schools/${school.id}`}>
              {tf('schoolPage')}
            </Link>
            <Link className="button button--secondary" to="/programmes">
              {tf('programmes')}
            </Link>
          </>
        }
      >
        <p className="page-header__sub">
          {t(`town.${school.town}` as MessageKey)} ・ {tf('intro', { year: fiscalYearLabel(fiscalYearOf(today), lang) })}
        </p>
      </PageHeader>
      <AgendaSection id="agenda-today" title={tf('today.title')} empty={tf('today.empty')} items={agenda.today} showDate={false} />
      <AgendaSection id="agenda-upcoming" title={tf('upcoming.title')} empty={tf('upcoming.empty')} items={agenda.upcoming} showDate future />
      <AgendaSection id="agenda-past" title={tf('past.title')} empty={tf('past.empty')} items={agenda.pastIncomplete} showDate />
    </section>
  );
}

type ItemOptions = { showDate: boolean; future?: boolean };

function AgendaSection({ id, title, empty, items, ...options }: { id: string; title: string; empty: string; items: AgendaSession<AgendaRow>[] } & ItemOptions) {
  const { tf } = useTeacherMessages();
  return (
    <section className="card agenda" aria-labelledby={id}>
      <h2 id={id}>
        {title} {items.length > 0 ? <span className="list-count">{tf('count', { n: items.length })}</span> : null}
      </h2>
      {items.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="plain-list">
          {items.map((item) => (
            <AgendaItem key={item.session.id} item={item} {...options} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AgendaItem({ item, showDate, future = false }: { item: AgendaSession<AgendaRow> } & ItemOptions) {
  const { t, tf, lang } = useTeacherMessages();
  const { session, rosterSize, missing } = item;
  const where = [session.hostName, session.place].filter(Boolean).join(' ・ ');
  // Nothing is marked before the day: a coming session shows its roster's size, not a shortfall.
  const status = rosterSize === 0 ? tf('noRoster') : future ? tf('roster', { n: rosterSize }) : missing > 0 ? tf('missing', { n: missing }) : tf('done', { n: rosterSize });
  return (
    <li>
      <Link className="agenda-item" to={`/sessions/${session.id}/attendance`}>
        <span className="agenda-item__when">
          {showDate ? <time dateTime={session.date}>{formatDate(session.date, lang)}</time> : null}
          {session.startTime ? <span>{tf('time', { start: session.startTime, end: session.endTime })}</span> : null}
        </span>
        <span className="agenda-item__what">
          <span className="agenda-item__title">
            <span className="tag">{t(`sessionKind.${session.kind}`)}</span> {session.title}
          </span>
          {where ? <span className="agenda-item__where">{where}</span> : null}
        </span>
        <span className={`agenda-item__status${missing > 0 && !future ? ' agenda-item__status--missing' : ''}`}>{status}</span>
      </Link>
    </li>
  );
}
