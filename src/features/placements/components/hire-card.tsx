/**
 * After 採用: the hire (date, employment type), its success fee (created by the hire's follow-up; a
 * link for the roles that see fees) and the retention checks due 1, 3 and 6 months after the hire
 * (domain/day-list.ts retentionDueDates), each recorded in place. `openMilestone` (the day list's
 * link, ?retention=1m) opens that milestone's form at once.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { canUse } from '../../../auth/role-access';
import { useSession } from '../../../auth/use-session';
import { SuccessBanner } from '../../../components/ui/banner';
import { retentionDueDates } from '../../../domain/day-list';
import { codeLabel } from '../../../lib/code-options';
import { formatDate, todayIso } from '../../../lib/dates';
import type { RetentionCheck, TrialPlacement } from '../../../shared/entities';
import { feeIdOfPlacement } from '../../../shared/ids';
import { useRecord } from '../../../storage/hooks/use-record';
import { usePlacementRetentionChecks } from '../../../storage/hooks/use-placement-records';
import { useFeatureMessages } from '../messages';
import { RetentionForm } from './retention-form';

type Milestone = RetentionCheck['milestone'];

export function HireCard({ placement, openMilestone }: { placement: TrialPlacement; openMilestone: string | null }) {
  const { t, tf, lang } = useFeatureMessages();
  const role = useSession().user?.role;
  const checks = usePlacementRetentionChecks(placement.id);
  const schedule = retentionDueDates(placement.hiredOn);
  const [recording, setRecording] = useState<Milestone | null>(schedule.find((s) => s.milestone === openMilestone)?.milestone ?? null);
  const [saved, setSaved] = useState(false);
  const left = checks?.find((c) => c.outcome === 'left');
  const today = todayIso();
  return (
    <section className="card" aria-labelledby="hire-title">
      <h2 id="hire-title">{tf('hire.title')}</h2>
      <dl className="details details--plain">
        <div className="details__item">
          <dt>{tf('field.hiredOn')}</dt>
          <dd>{formatDate(placement.hiredOn, lang)}</dd>
        </div>
        <div className="details__item">
          <dt>{tf('field.employmentType')}</dt>
          <dd>{codeLabel(t, 'employmentType', placement.employmentType) || '—'}</dd>
        </div>
        {role && canUse(role, 'fees') ? <FeeItem placementId={placement.id} /> : null}
      </dl>
      <h3 id="retention-title" className="card__subtitle">
        {tf('retention.title')}
      </h3>
      {saved ? <SuccessBanner message={tf('retention.saved')} /> : null}
      <ul className="plain-list" aria-labelledby="retention-title">
        {schedule.map(({ milestone, due }) => {
          const check = checks?.find((c) => c.milestone === milestone);
          return (
            <li key={milestone} className="timeline-item">
              <p className="timeline-item__head">
                {tf('retention.milestone', { milestone: codeLabel(t, 'retentionMilestone', milestone), date: formatDate(due, lang) })}
                {!check && !left && due <= today ? <span className="due-badge">{tf('retention.due')}</span> : null}
              </p>
              {check ? (
                <p>
                  <span className={`tag ${check.outcome === 'employed' ? 'tag--ok' : check.outcome === 'left' ? 'tag--danger' : 'tag--muted'}`}>
                    {codeLabel(t, 'retentionOutcome', check.outcome)}
                  </span>{' '}
                  {formatDate(check.date, lang)} ・ {check.staffName}
                  {check.leftReason ? ` ・ ${codeLabel(t, 'leaveReason', check.leftReason)}` : ''}
                  {check.note ? <span className="prewrap"> ・ {check.note}</span> : null}
                </p>
              ) : left ? (
                <p className="muted">{tf('retention.afterLeaving')}</p>
              ) : recording === milestone ? (
                <RetentionForm
                  placementId={placement.id}
                  milestone={milestone}
                  onCancel={() => setRecording(null)}
                  onSaved={() => {
                    setRecording(null);
                    setSaved(true);
                  }}
                />
              ) : (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setSaved(false);
                    setRecording(milestone);
                  }}
                >
                  {tf('retention.record', { milestone: codeLabel(t, 'retentionMilestone', milestone) })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function FeeItem({ placementId }: { placementId: string }) {
  const { t, tf } = useFeatureMessages();
  const fee = useRecord('successFees', feeIdOfPlacement(placementId));
  return (
    <div className="details__item">
      <dt>{tf('fee.label')}</dt>
      <dd>
        {fee ? (
          <Link to={`/fees/${fee.id}`}>{tf('fee.summary', { amount: fee.amount.toLocaleString('ja-JP'), status: codeLabel(t, 'feeStatus', fee.status) })}</Link>
        ) : fee === null ? (
          tf('fee.none')
        ) : (
          '…'
        )}
      </dd>
    </div>
  );
}
