/**
 * One session (/sessions/:id): when and where (the host on an internship day), its roster in class
 * order with each student's mark, the rate, and a big 「出欠をとる」 to the attendance screen. On a
 * 事後学習 day each student's career plan is one tap away.
 */
import { Link, useParams } from 'react-router';
import { AttendanceRate } from '../../../components/attendance-rate';
import { useAttendanceWords } from '../../../components/attendance-words';
import { DetailList } from '../../../components/ui/detail-list';
import { Flash } from '../../../components/ui/flash';
import { PageHeader } from '../../../components/ui/page-header';
import { codeLabel } from '../../../lib/code-options';
import { formatDate } from '../../../lib/dates';
import { useSessionDetail } from '../../../storage/hooks/use-programmes';
import type { SessionDetail } from '../../../storage/programme-queries';
import { timeRange } from '../format';
import { useProgrammeMessages } from '../messages';
import { classAndNumber, studentName } from '../student-label';
import '../programmes.css';

export function SessionPageScreen() {
  const { t } = useProgrammeMessages();
  const { id } = useParams();
  const detail = useSessionDetail(id);
  if (detail === undefined) return <p>{t('common.loading')}</p>;
  if (detail === null)
    return (
      <section className="screen">
        <p role="alert">{t('common.notFound')}</p>
      </section>
    );
  return <SessionPage detail={detail} />;
}

function SessionPage({ detail }: { detail: SessionDetail }) {
  const { t, tf, lang } = useProgrammeMessages();
  const words = useAttendanceWords();
  const { session, programme, hostName, progress } = detail;
  const internshipDay = session.kind === 'internship';
  const postLearning = session.kind === 'post_learning';
  const planned = new Set(detail.careerPlans.map((c) => c.studentId));
  const numberWord = (n: number) => tf('number', { n });
  const details: Array<[string, string]> = [
    [tf('sessionPage.when'), [formatDate(session.date, lang), timeRange(session.startTime, session.endTime, lang)].filter(Boolean).join(' ')],
    [tf('sessionPage.place'), session.place],
    ...(internshipDay ? [[tf('sessionPage.host'), hostName || tf('sessions.noHost')] as [string, string]] : []),
    [tf('sessionPage.notes'), session.notes],
  ];
  return (
    <section className="screen programmes">
      <Flash />
      <PageHeader
        title={session.title}
        actions={
          <Link to={`/sessions/${session.id}/edit`} className="button button--secondary">
            {t('common.edit')}
          </Link>
        }
      >
        <p className="page-header__sub">
          <span className={`session-kind session-kind--${session.kind}`}>{codeLabel(t, 'sessionKind', session.kind)}</span>{' '}
          {tf('sessionPage.programme')}: <Link to={`/programmes/${programme.id}`} className="session-page__programme">
            {programme.title}
          </Link>
        </p>
      </PageHeader>
      <Link to={`/sessions/${session.id}/attendance`} className="button button--primary take-attendance">
        {tf('sessionPage.attendance')}
      </Link>
      <DetailList items={details} />
      <section className="card" aria-labelledby="session-roster">
        <div className="section-head">
          <h2 id="session-roster">
            {tf('sessionPage.roster')} <span className="list-count">{tf('participants.count', { n: progress.roster.length })}</span>
          </h2>
          <p className="session-tally">
            <AttendanceRate tally={progress.tally} />
            {progress.missing > 0 && progress.roster.length > 0 ? <span className="due-badge">{tf('sessions.missing', { n: progress.missing })}</span> : null}
          </p>
        </div>
        {progress.roster.length === 0 ? (
          <p className="empty">{internshipDay ? tf('sessionPage.rosterEmptyInternship') : tf('sessionPage.rosterEmpty')}</p>
        ) : (
          <table className="data-table roster-table">
            <thead>
              <tr>
                <th scope="col">{tf('col.student')}</th>
                <th scope="col">{tf('col.class')}</th>
                <th scope="col">{tf('col.mark')}</th>
                {postLearning ? <th scope="col">{tf('col.plan')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {progress.roster.map((student) => {
                const mark = progress.marks.get(student.id) ?? '';
                const name = studentName(student);
                return (
                  <tr key={student.id}>
                    <th scope="row">{name}</th>
                    <td>{classAndNumber(student, numberWord)}</td>
                    <td>
                      <span className={`mark mark--${mark || 'none'}`}>{words.tf(mark ? `mark.${mark}` : 'mark.none')}</span>
                    </td>
                    {postLearning ? (
                      <td>
                        <Link to={`/programmes/${programme.id}/career-plans/${student.id}?from=${session.id}`} className="career-link" aria-label={tf('career.enterLabel', { name, status: planned.has(student.id) ? tf('career.done') : tf('career.todo') })}>
                          {planned.has(student.id) ? tf('career.done') : tf('career.todo')}
                        </Link>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
