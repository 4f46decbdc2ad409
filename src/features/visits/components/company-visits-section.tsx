/**
 * On a company's page: where the company stands as a host (見込み → 訪問済 → 受入登録 → 受入中, or 休止),
 * when it is next due a visit (flagged once that day has passed), 「訪問を記録」, and its visits, newest
 * first. The next visit is derived from the visits (src/domain/derived-values.ts), as the day list does.
 */
import { Link } from 'react-router';
import { bucketOf } from '../../../domain/day-list';
import { nextVisitDue } from '../../../domain/derived-values';
import { codeLabel } from '../../../lib/code-options';
import { formatDate, todayIso } from '../../../lib/dates';
import { COMPANY_STATUSES } from '../../../shared/codes';
import type { Company, CompanyVisit } from '../../../shared/entities';
import { useCompanyVisits } from '../../../storage/hooks/use-company-children';
import { useVisitMessages } from '../messages';

export function CompanyVisitsSection({ company }: { company: Company }) {
  const { t, tf, lang } = useVisitMessages();
  const visits = useCompanyVisits(company.id);
  const due = visits ? nextVisitDue(company, visits) : '';
  const overdue = due !== '' && bucketOf(due, todayIso()) === 'overdue';
  return (
    <section className="card" aria-labelledby="company-visits-title">
      <div className="section-head">
        <h2 id="company-visits-title">{t('company.visits.title')}</h2>
        <Link to={`/visits/new?companyId=${company.id}`} className="button button--primary">
          {tf('section.record')}
        </Link>
      </div>
      <dl className="host-summary">
        <div>
          <dt>{tf('section.status')}</dt>
          <dd>
            <ol className="status-steps" aria-label={tf('section.statusSteps')}>
              {COMPANY_STATUSES.map((status) => (
                <li key={status}>
                  <span className={`status-steps__chip ${status === company.status ? 'status-steps__chip--current' : ''}`} aria-current={status === company.status ? 'step' : undefined}>
                    {codeLabel(t, 'companyStatus', status)}
                  </span>
                </li>
              ))}
            </ol>
          </dd>
        </div>
        <div>
          <dt>{tf('section.nextDue')}</dt>
          <dd className={overdue ? 'host-summary__overdue' : undefined}>
            {visits === undefined ? '' : due ? formatDate(due, lang) : tf('section.notPlanned')}
            {overdue ? <span className="tag tag--danger">{tf('section.overdue')}</span> : null}
          </dd>
        </div>
      </dl>
      {visits && visits.length === 0 ? <p className="empty">{t('company.visits.empty')}</p> : null}
      <ul className="plain-list">
        {visits?.map((visit) => (
          <li key={visit.id} className="timeline-item">
            <VisitItem visit={visit} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function VisitItem({ visit }: { visit: CompanyVisit }) {
  const { t, tf, lang } = useVisitMessages();
  const date = formatDate(visit.date, lang);
  return (
    <>
      <div className="timeline-item__row">
        <p className="timeline-item__head">
          {date}
          {visit.time ? ` ${visit.time}` : ''} ・ {codeLabel(t, 'visitPurpose', visit.purpose)} ・ {visit.coordinatorName}
        </p>
        <Link to={`/visits/${visit.id}/edit`} className="button button--secondary button--small" aria-label={tf('section.editLabel', { date })}>
          {tf('section.edit')}
        </Link>
      </div>
      {visit.peopleMet ? <p>{tf('section.met', { people: visit.peopleMet })}</p> : null}
      {visit.notes ? <p className="prewrap">{visit.notes}</p> : null}
      {visit.nextAction || visit.nextVisitDate ? (
        <p>
          {tf('section.next', { action: visit.nextAction || '—' })}
          {visit.nextVisitDate ? tf('section.dueBy', { date: formatDate(visit.nextVisitDate, lang) }) : ''}
        </p>
      ) : null}
    </>
  );
}
