/** One seeker: profile, consents, counselling records (addable on the spot) and what other features add (trials, suggestions). */
import { useAdminAccess } from '../../../auth/use-admin-access';
import { RecordDetailScreen } from '../../../components/record-detail-screen';
import { RecordHistory } from '../../../components/record-history';
import { DetailList } from '../../../components/ui/detail-list';
import { codeLabel } from '../../../lib/code-options';
import { formatDate, todayIso } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n/i18n';
import { joinLabels } from '../../../lib/i18n/join-labels';
import { ageGroupOn, ageOn } from '../../../shared/age-group';
import type { Seeker } from '../../../shared/entities';
import { seekerProgrammeStatus } from '../../../domain/derived-values';
import { useSeekerTrials } from '../../../storage/hooks/use-seeker-children';
import { ConsentSection } from './consent-section';
import { CounsellingSection } from './counselling-section';
import { ErasureSummary } from './erasure-summary';
import type { ReactNode } from 'react';

/** `sections`: what other features show on the page (trials, suggestions), composed in src/app/pages. */
export function SeekerDetailScreen({ sections }: { sections?: (seeker: Seeker) => ReactNode }) {
  const { t } = useI18n();
  return (
    <RecordDetailScreen
      entity="seekers"
      basePath="/seekers"
      title={(seeker) => `${seeker.familyName} ${seeker.givenName}`}
      subtitle={(seeker) => `${seeker.familyNameKana} ${seeker.givenNameKana}`}
      renderBody={(seeker) => <SeekerDetailBody seeker={seeker} sections={sections} />}
      deleteTitle={t('seeker.delete.title')}
      renderDeleteDetails={(seeker) => <ErasureSummary seekerId={seeker.id} />}
    />
  );
}

function SeekerDetailBody({ seeker, sections }: { seeker: Seeker; sections?: (seeker: Seeker) => ReactNode }) {
  const { t, lang } = useI18n();
  const trials = useSeekerTrials(seeker.id);
  const isAdmin = useAdminAccess() === 'admin';
  const today = todayIso();
  return (
    <>
      <DetailList
        items={[
          [t('seeker.birthDate'), `${formatDate(seeker.birthDate, lang)} ${t('seeker.ageYears', { n: ageOn(seeker.birthDate, today) })}`],
          [t('seeker.ageGroup'), codeLabel(t, 'ageGroup', ageGroupOn(seeker.birthDate, today))],
          [t('seeker.gender'), codeLabel(t, 'gender', seeker.gender)],
          [t('seeker.town'), codeLabel(t, 'town', seeker.town)],
          [t('seeker.address'), [seeker.postalCode && `〒${seeker.postalCode}`, seeker.address].filter(Boolean).join(' ')],
          [t('seeker.phone'), seeker.phone],
          [t('seeker.email'), seeker.email],
          [t('seeker.desiredIndustries'), joinLabels(seeker.desiredIndustries.map((i) => codeLabel(t, 'industry', i)), lang) || t('common.none')],
          // Follows the seeker's placements (src/domain/derived-values.ts) unless the counter closed the case.
          [t('seeker.status'), codeLabel(t, 'seekerStatus', seekerProgrammeStatus(seeker, trials ?? []))],
          [t('seeker.registeredOn'), formatDate(seeker.registeredOn, lang)],
          [t('seeker.notes'), seeker.notes],
        ]}
      />
      <ConsentSection seekerId={seeker.id} />
      <CounsellingSection seekerId={seeker.id} />
      {sections?.(seeker)}
      {isAdmin ? <RecordHistory entity="seekers" recordId={seeker.id} /> : null}
    </>
  );
}
