/** One host company: its profile, the sections other features add (visits, openings, trials) and the feedback it was given. */
import { Link } from 'react-router';
import { useAdminAccess } from '../../../auth/use-admin-access';
import { RecordDetailScreen } from '../../../components/record-detail-screen';
import { RecordHistory } from '../../../components/record-history';
import { DetailList } from '../../../components/ui/detail-list';
import { TimelineCard } from '../../../components/ui/timeline-card';
import { codeLabel } from '../../../lib/code-options';
import { formatDate, todayIso } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n/i18n';
import type { Company } from '../../../shared/entities';
import { useCompanyTrials } from '../../../storage/hooks/use-company-children';
import { useCompanyOpenings } from '../../../storage/hooks/use-openings';
import type { ReactNode } from 'react';
import { useCompanyMessages } from '../messages';
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
  const { tf } = useCompanyMessages();
  const isAdmin = useAdminAccess() === 'admin';
  const trials = useCompanyTrials(company.id);
  // Trial places are counted per opening now; the company's own number is for internships.
  const openings = useCompanyOpenings(company.id, todayIso());
  const open = openings?.filter((o) => o.state === 'open') ?? [];
  const openPlaces = open.reduce((sum, o) => sum + o.openPlaces, 0);
  return (
    <>
      <DetailList
        items={[
          [t('company.industry'), codeLabel(t, 'industry', company.industry)],
          [t('company.town'), codeLabel(t, 'town', company.town)],
          [t('company.address'), [company.postalCode && `〒${company.postalCode}`, company.address].filter(Boolean).join(' ')],
          [t('company.phone'), company.phone],
          [t('company.contactPerson'), company.contactPerson],
          [tf('openPlaces'), openings === undefined ? '' : open.length === 0 ? tf('noOpenOpenings') : tf('openPlacesValue', { places: openPlaces, openings: open.length })],
          [t('company.capacity'), String(company.capacity)],
          [t('company.conditions'), company.conditions],
        ]}
      />
      {sections?.(company)}
      <TimelineCard
        headingId="company-trials-title"
        title={t('company.trials.title')}
        emptyText={t('seeker.trials.empty')}
        items={trials}
        renderItem={(trial) => (
          <>
            <Link to={`/seekers/${trial.seekerId}`}>{trial.seekerName}</Link> ・ {trial.jobTitle} ・ {codeLabel(t, 'trialStatus', trial.status)} ・{' '}
            {formatDate(trial.startDate, lang)} 〜 {formatDate(trial.endDate, lang)}
          </>
        )}
      />
      <CompanyFeedbackSection company={company} />
      {isAdmin ? <RecordHistory entity="companies" recordId={company.id} /> : null}
    </>
  );
}
