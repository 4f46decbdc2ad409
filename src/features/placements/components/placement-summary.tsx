/** What was agreed: who, where, which opening, the period, the job, hours and wage, who coordinates. */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../../auth/use-session';
import { codeLabel } from '../../../lib/code-options';
import { formatDate } from '../../../lib/dates';
import type { Company, Opening, Seeker, TrialPlacement } from '../../../shared/entities';
import { useFeatureMessages } from '../messages';

export function PlacementSummary({ placement, seeker, company, opening }: {
  placement: TrialPlacement;
  seeker: Seeker | null | undefined;
  company: Company | null | undefined;
  opening: Opening | null | undefined;
}) {
  const { t, tf, lang } = useFeatureMessages();
  const user = useSession().user;
  const coordinator = placement.coordinatorUserId === '' ? tf('coordinator.none') : placement.coordinatorUserId === user?.userId ? tf('coordinator.you', { name: user.displayName }) : placement.coordinatorUserId;
  const items: Array<[string, ReactNode]> = [
    [tf('field.kind'), codeLabel(t, 'placementKind', placement.kind)],
    [tf('field.seeker'), seeker ? <Link to={`/seekers/${seeker.id}`}>{`${seeker.familyName} ${seeker.givenName}`}</Link> : tf('party.unknown')],
    [tf('field.company'), company ? <Link to={`/companies/${company.id}`}>{company.name}</Link> : tf('party.unknown')],
    [tf('field.opening'), opening ? tf('opening.summary', { job: opening.jobType, places: opening.places }) : placement.openingId ? tf('party.unknown') : tf('opening.none')],
    [tf('field.period'), `${formatDate(placement.startDate, lang)} 〜 ${formatDate(placement.endDate, lang)}`],
    [tf('field.jobTitle'), placement.jobTitle],
    [tf('field.workingHours'), placement.workingHours],
    [tf('field.wage'), placement.wage],
    [tf('field.coordinator'), coordinator],
    [tf('field.jobContent'), placement.jobContent],
  ];
  if (placement.endReason) items.push([tf('field.endReason'), codeLabel(t, 'trialEndReason', placement.endReason)]);
  if (placement.overPlacesReason) items.push([tf('field.overPlacesReason'), placement.overPlacesReason]);
  return (
    <dl className="details" aria-label={tf('summary.label')}>
      {items.map(([label, value]) => (
        <div key={label} className="details__item">
          <dt>{label}</dt>
          <dd className="prewrap">{value || '—'}</dd>
        </div>
      ))}
    </dl>
  );
}
