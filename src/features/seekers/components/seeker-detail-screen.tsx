/** One seeker: profile, consents, counselling records (addable on the spot) and what other features add (trials, suggestions). */
import { useAdminAccess } from '../../../auth/use-admin-access';
import { RecordDetailScreen } from '../../../components/record-detail-screen';
import { RecordHistory } from '../../../components/record-history';
import { DetailList } from '../../../components/ui/detail-list';
import { codeLabel } from '../../../lib/code-options';
import { formatDate, todayIso } from '../../../lib/dates';
import { joinLabels } from '../../../lib/i18n/join-labels';
import { ageGroupOn, ageOn } from '../../../shared/age-group';
import type { Seeker } from '../../../shared/entities';
import { seekerProgrammeStatus } from '../../../domain/derived-values';
import { useSeekerTrials } from '../../../storage/hooks/use-seeker-children';
import { ConsentSection } from './consent-section';
import { CounsellingSection } from './counselling-section';
import { ErasureSummary } from './erasure-summary';
import type { ReactNode } from 'react';
import { useSeekerMessages } from '../messages';

/** `sections`: what other features show on the page (trials, suggestions), composed in src/app/pages. */
export function SeekerDetailScreen({ sections }: { sections?: (seeker: Seeker) => ReactNode }) {
  const { t } = useSeekerMessages();
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
  const { t, lang, tf } = useSeekerMessages();
  const trials = useSeekerTrials(seeker.id);
  const isAdmin = useAdminAccess() === 'admin';
  const today = todayIso();
  return (
    <>
      <DetailList
        items={[
          [t('seeker.birthDate'), `${formatDate(seeker.birthDate, lang)} ${t('seeker.ageYears', { n: ageOn(seeker.birthDate, today) })}`],
          [tf('seeker.ageGroup'), codeLabel(t, 'ageGroup', ageGroupOn(seeker.birthDate, today))],
          [tf('seeker.gender'), codeLabel(t, 'gender', seeker.gender)],
          [tf('seeker.town'), codeLabel(t, 'town', seeker.town)],
          [t('seeker.address'), [seeker.postalCode && `〒${seeker.postalCode}`, seeker.address].filter(Boolean).join(' ')],
          [tf('seeker.phone'), seeker.phone],
          [tf('seeker.email'), seeker.email],
          [tf('seeker.desiredIndustries'), joinLabels(seeker.desiredIndustries.map((i) => codeLabel(t, 'industry', i)), lang) || t('common.none')],
          // Follows the seeker's placements (src/domain/derived-values.ts) unless the counter closed the case.
          [tf('seeker.status'), codeLabel(t, 'seekerStatus', seekerProgrammeStatus(seeker, trials ?? []))],
          [t('seeker.registeredOn'), formatDate(seeker.registeredOn, lang)],
          [tf('seeker.notes'), seeker.notes],
        ]}
      />
      <ConsentSection seekerId={seeker.id} />
      <CounsellingSection seekerId={seeker.id} />
      {sections?.(seeker)}
      {isAdmin ? <RecordHistory entity="seekers" recordId={seeker.id} /> : null}
    </>
  );
}
