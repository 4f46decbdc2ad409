/** One host company: profile, visit history and the trials it hosts. */
import { Link, useNavigate, useParams } from 'react-router';
import { RecordHistory } from '../../../components/record-history';
import { DetailList } from '../../../components/ui/detail-list';
import { Flash } from '../../../components/ui/flash';
import { PageHeader } from '../../../components/ui/page-header';
import { codeLabel } from '../../../lib/code-options';
import { formatDate } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n/i18n';
import { useDeleteRecord, useRecord } from '../../../lib/record-hooks';
import { useCompanyTrials, useCompanyVisits } from '../hooks/use-company-children';

export function CompanyDetailScreen() {
  const { t, lang } = useI18n();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const company = useRecord('companies', id);
  const visits = useCompanyVisits(id);
  const trials = useCompanyTrials(id);
  const remove = useDeleteRecord('companies');
  if (company === undefined) return <p>{t('common.loading')}</p>;
  if (company === null)
    return (
      <section className="screen">
        <p role="alert">{t('common.notFound')}</p>
        <Link to="/companies">{t('common.back')}</Link>
      </section>
    );
  const onDelete = async () => {
    if (!window.confirm(t('common.confirmDelete', { name: company.name }))) return;
    await remove.mutateAsync(company.id);
    navigate('/companies', { replace: true });
  };
  return (
    <section className="screen">
      <Flash />
      <Link to="/companies" className="back-link">
        ← {t('common.back')}
      </Link>
      <PageHeader
        title={company.name}
        actions={
          <>
            <Link to={`/companies/${company.id}/edit`} className="button button--primary">
              {t('common.edit')}
            </Link>
            <button type="button" className="button button--danger" onClick={onDelete}>
              {t('common.delete')}
            </button>
          </>
        }
      >
        <p className="page-header__sub">{company.nameKana}</p>
      </PageHeader>
      <DetailList
        items={[
          [t('company.industry'), codeLabel(t, 'industry', company.industry)],
          [t('company.town'), codeLabel(t, 'town', company.town)],
          [t('company.address'), [company.postalCode && `〒${company.postalCode}`, company.address].filter(Boolean).join(' ')],
          [t('company.phone'), company.phone],
          [t('company.contactPerson'), company.contactPerson],
          [t('company.capacity'), String(company.capacity)],
          [t('company.status'), codeLabel(t, 'companyStatus', company.status)],
          [t('company.nextVisitDue'), formatDate(company.nextVisitDue, lang)],
          [t('company.conditions'), company.conditions],
        ]}
      />
      <section className="card" aria-labelledby="visits-title">
        <h2 id="visits-title">{t('company.visits.title')}</h2>
        {visits && visits.length === 0 ? <p className="empty">{t('company.visits.empty')}</p> : null}
        <ul className="plain-list">
          {visits?.map((v) => (
            <li key={v.id} className="timeline-item">
              <p className="timeline-item__head">
                {formatDate(v.date, lang)} ・ {codeLabel(t, 'visitPurpose', v.purpose)} ・ {v.coordinatorName}
              </p>
              <p className="prewrap">{v.notes}</p>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="company-trials-title">
        <h2 id="company-trials-title">{t('company.trials.title')}</h2>
        {trials && trials.length === 0 ? <p className="empty">{t('seeker.trials.empty')}</p> : null}
        <ul className="plain-list">
          {trials?.map((trial) => (
            <li key={trial.id} className="timeline-item">
              <Link to={`/seekers/${trial.seekerId}`}>{trial.seekerName}</Link> ・ {trial.jobTitle} ・ {codeLabel(t, 'trialStatus', trial.status)} ・{' '}
              {formatDate(trial.startDate, lang)} 〜 {formatDate(trial.endDate, lang)}
            </li>
          ))}
        </ul>
      </section>
      <RecordHistory entity="companies" recordId={company.id} />
    </section>
  );
}
