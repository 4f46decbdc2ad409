/**
 * One trial placement (/placements/:id): seeker × company, what was agreed, where it stands and the
 * moves it may make, then the hire with its fee and retention checks, the check-ins, the employer's
 * feedback and the status history. The day list opens it with ?checkIn=1 (the check-in form open) or
 * ?retention=1m (that milestone's form open).
 */
import { Link, useParams, useSearchParams } from 'react-router';
import { Flash } from '../../../components/ui/flash';
import { PageHeader } from '../../../components/ui/page-header';
import type { TrialPlacement } from '../../../shared/entities';
import { usePlacementCheckIns } from '../../../storage/hooks/use-placement-records';
import { useRecord } from '../../../storage/hooks/use-record';
import { useFeatureMessages } from '../messages';
import { CheckInsCard } from './check-ins-card';
import { EmployerFeedbackCard } from './employer-feedback-card';
import { HireCard } from './hire-card';
import { PlacementSummary } from './placement-summary';
import { StatusCard } from './status-card';
import { StatusHistoryCard } from './status-history-card';

export function PlacementDetailScreen() {
  const { t } = useFeatureMessages();
  const { id = '' } = useParams();
  const placement = useRecord('trialPlacements', id);
  if (placement === undefined) return <p>{t('common.loading')}</p>;
  if (placement === null)
    return (
      <section className="screen">
        <p role="alert">{t('common.notFound')}</p>
      </section>
    );
  return <PlacementPage key={placement.id} placement={placement} />;
}

function PlacementPage({ placement }: { placement: TrialPlacement }) {
  const { t, tf } = useFeatureMessages();
  const [params] = useSearchParams();
  const seeker = useRecord('seekers', placement.seekerId);
  const company = useRecord('companies', placement.companyId);
  const opening = useRecord('openings', placement.openingId || undefined);
  const checkIns = usePlacementCheckIns(placement.id);
  const seekerName = seeker ? `${seeker.familyName} ${seeker.givenName}` : tf('party.unknown');
  const companyName = company?.name ?? tf('party.unknown');
  return (
    <section className="screen">
      <Flash />
      <PageHeader
        title={tf('page.title', { seeker: seekerName, company: companyName })}
        actions={
          <Link to={`/placements/${placement.id}/edit`} className="button button--primary">
            {t('common.edit')}
          </Link>
        }
      >
        <p className="page-header__sub">{placement.jobTitle}</p>
      </PageHeader>
      <StatusCard placement={placement} checkIns={checkIns} />
      <PlacementSummary placement={placement} seeker={seeker} company={company} opening={opening} />
      {placement.status === 'hired' && placement.hiredOn ? <HireCard placement={placement} openMilestone={params.get('retention')} /> : null}
      <CheckInsCard placement={placement} checkIns={checkIns} startOpen={params.get('checkIn') === '1'} />
      <EmployerFeedbackCard placement={placement} />
      <StatusHistoryCard placement={placement} />
    </section>
  );
}
