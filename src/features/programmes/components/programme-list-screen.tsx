/**
 * The internship programmes of a fiscal year (/programmes): this year's by default, of every school
 * or of one (`?school=<id>`, as a school's page links here), each with its size and next session.
 * Filters live in the URL so back returns to the same list.
 */
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { Select } from '../../../components/ui/select';
import { fiscalYearLabel, fiscalYearOf } from '../../../domain/fiscal-year';
import { codeLabel } from '../../../lib/code-options';
import { todayIso } from '../../../lib/dates';
import { useUrlFilter } from '../../../lib/use-url-filter';
import { useProgrammeList, useProgrammeYears } from '../../../storage/hooks/use-programmes';
import { useSchools } from '../../../storage/hooks/use-schools';
import { sessionDay } from '../format';
import { useProgrammeMessages } from '../messages';
import '../programmes.css';

export function ProgrammeListScreen() {
  const { t, tf, lang } = useProgrammeMessages();
  const url = useUrlFilter();
  const today = todayIso();
  const thisYear = fiscalYearOf(today);
  const stored = useProgrammeYears();
  const years = [...new Set([...(stored ?? []), thisYear - 1, thisYear, thisYear + 1])].sort((a, b) => b - a);
  const year = years.find((y) => String(y) === url.get('year')) ?? thisYear;
  const schools = useSchools();
  const schoolId = schools?.some((s) => s.id === url.get('school')) ? url.get('school') : '';
  const rows = useProgrammeList(year, schoolId, today);
  const newPath = schoolId ? `/programmes/new?school=${schoolId}&year=${year}` : `/programmes/new?year=${year}`;
  return (
    <section className="screen programmes">
      <PageHeader
        title={tf('list.title')}
        actions={
          <Link to={newPath} className="button button--primary">
            {tf('list.new')}
          </Link>
        }
      >
        <div className="filters">
          <label className="filters__item">
            <span>{tf('filter.year')}</span>
            <Select value={String(year)} options={years.map((y) => ({ value: String(y), label: fiscalYearLabel(y, lang) }))} onChange={(e) => url.set('year', e.target.value === String(thisYear) ? '' : e.target.value)} />
          </label>
          {schools && schools.length > 1 ? (
            <label className="filters__item">
              <span>{tf('filter.school')}</span>
              <Select value={schoolId} placeholder={tf('filter.allSchools')} options={schools.map((s) => ({ value: s.id, label: s.name }))} onChange={(e) => url.set('school', e.target.value)} />
            </label>
          ) : null}
        </div>
      </PageHeader>
      <p className="list-count" role="status" aria-live="polite">
        {rows ? t('common.count', { n: rows.length }) : t('common.loading')}
      </p>
      {rows && rows.length === 0 ? <p className="empty">{tf('list.empty')}</p> : null}
      {rows && rows.length > 0 ? (
        <ul className="plain-list card programme-rows">
          {rows.map(({ programme, schoolName, participants, sessions, nextSession }) => (
            <li key={programme.id}>
              <Link to={`/programmes/${programme.id}`} className="programme-row">
                <span className="programme-row__main">
                  <span className="programme-row__title">{programme.title}</span>
                  <span className="muted">{schoolName}</span>
                </span>
                <span className="programme-row__meta">
                  <span>{tf('list.participants', { n: participants })}</span>
                  <span>{tf('list.sessions', { n: sessions })}</span>
                  <span>{nextSession ? tf('list.next', { date: sessionDay(nextSession.date, lang), kind: codeLabel(t, 'sessionKind', nextSession.kind) }) : tf('list.noNext')}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
