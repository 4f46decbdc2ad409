/** One host company: profile, visit history and what other features add (openings, trials, candidates). */
import { useAdminAccess } from '../../../auth/use-admin-access';
import { RecordDetailScreen } from '../../../components/record-detail-screen';
import { RecordHistory } from '../../../components/record-history';
import { DetailList } from '../../../components/ui/detail-list';
import { TimelineCard } from '../../../components/ui/timeline-card';
import { codeLabel } from '../../../lib/code-options';
import { formatDate } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n/i18n';
import type { Company } from '../../../shared/entities';
import { nextVisitDue } from '../../../domain/derived-values';
import { useCompanyVisits } from '../../../storage/hooks/use-company-children';
import type { ReactNode } from 'react';
import { CompanyFeedbackSection } from './company-feedback-section';

/** `sections`: what other features show on the page (visits, openings, trials, candidates), composed in src/app/pages. */
export function CompanyDetailScreen({ sections }: { sections?: (company: Company) => ReactNode }) {
  return (
    <RecordDetailScreen
      entity="companies"
      basePath="/companies"
      title={(company) => company.name}
      subtitle={(company) => company.nameKana}
      renderBody={(company) => <CompanyDetailBody company={company} sections={sections} />}
    />
  );
}

function CompanyDetailBody({ company, sections }: { company: Company; sections?: (company: Company) => ReactNode }) {
  const { t, lang } = useI18n();
  const isAdmin = useAdminAccess() === 'admin';
  const visits = useCompanyVisits(company.id);
  return (
    <>
      <DetailList
        items={[
          [t('company.industry'), codeLabel(t, 'industry', company.industry)],
          [t('company.town'), codeLabel(t, 'town', company.town)],
          [t('company.address'), [company.postalCode && `〒${company.postalCode}`, company.address].filter(Boolean).join(' ')],
          [t('company.phone'), company.phone],
          [t('company.contactPerson'), company.contactPerson],
          [t('company.capacity'), String(company.capacity)],
          [t('company.status'), codeLabel(t, 'companyStatus', company.status)],
          // Derived from the latest visit that set a date (src/domain/derived-values.ts), not stored twice.
          [t('company.nextVisitDue'), formatDate(nextVisitDue(company, visits ?? []), lang)],
          [t('company.conditions'), company.conditions],
        ]}
      />
      <TimelineCard
        headingId="visits-title"
        title={t('company.visits.title')}
        emptyText={t('company.visits.empty')}
        items={visits}
        renderItem={(v) => (
          <>
            <p className="timeline-item__head">
              {formatDate(v.date, lang)} ・ {codeLabel(t, 'visitPurpose', v.purpose)} ・ {v.coordinatorName}
            </p>
            <p className="prewrap">{v.notes}</p>
          </>
        )}
      />
      {sections?.(company)}
      <CompanyFeedbackSection company={company} />
      {isAdmin ? <RecordHistory entity="companies" recordId={company.id} /> : null}
    </>
  );
}
