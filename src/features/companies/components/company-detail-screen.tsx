/** One host company: its profile, the sections other features add (visits, openings, trials) and the feedback it was given. */
import { useAdminAccess } from '../../../auth/use-admin-access';
import { RecordDetailScreen } from '../../../components/record-detail-screen';
import { RecordHistory } from '../../../components/record-history';
import { DetailList } from '../../../components/ui/detail-list';
import { codeLabel } from '../../../lib/code-options';
import { todayIso } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n/i18n';
import type { Company } from '../../../shared/entities';
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
  const { t } = useI18n();
  const { tf } = useCompanyMessages();
  const isAdmin = useAdminAccess() === 'admin';
  // Trial places are counted per opening now; the company's own number is for internships.
  const openings = useCompanyOpenings(company.id, todayIso());
  const open = openings?.filter((o) => o.state === 'open') ?? [];
  const openPlaces = open.reduce((sum, o) => sum + o.openPlaces, 0);
  return (
    <>
      <DetailList
        items={[
          [tf('company.industry'), codeLabel(t, 'industry', company.industry)],
          [tf('company.town'), codeLabel(t, 'town', company.town)],
          [tf('company.address'), [company.postalCode && `〒${company.postalCode}`, company.address].filter(Boolean).join(' ')],
          [tf('company.phone'), company.phone],
          [tf('company.contactPerson'), company.contactPerson],
          [tf('openPlaces'), openings === undefined ? '' : open.length === 0 ? tf('noOpenOpenings') : tf('openPlacesValue', { places: openPlaces, openings: open.length })],
          [tf('company.capacity'), String(company.capacity)],
          [tf('company.conditions'), company.conditions],
        ]}
      />
      {sections?.(company)}
      <CompanyFeedbackSection company={company} />
      {isAdmin ? <RecordHistory entity="companies" recordId={company.id} /> : null}
    </>
  );
}
