/**
 * The trials on a seeker's or a company's page: one 44 px row per placement leading to its page, with
 * the other side's name, the job, the status, the period, the latest check-in (and a badge when one
 * is due) and the latest retention check, and 「トライアルワークを提案」 to propose another.
 */
import { Link } from 'react-router';
import { nextCheckInDue } from '../../../domain/day-list';
import { codeLabel } from '../../../lib/code-options';
import { formatDate, todayIso } from '../../../lib/dates';
import type { TrialPlacement } from '../../../shared/entities';
import { useLatestFollowUps } from '../../../storage/hooks/use-placement-records';
import { useFeatureMessages } from '../messages';

export type PlacementRow = { placement: TrialPlacement; /** The other side: the company on a seeker's page, the seeker on a company's. */ party: string };

export function PlacementsCard({ headingId, rows, proposePath }: { headingId: string; rows: PlacementRow[] | undefined; proposePath: string }) {
  const { t, tf, lang } = useFeatureMessages();
  const followUps = useLatestFollowUps(rows?.map((r) => r.placement.id) ?? []);
  const today = todayIso();
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>{t('seeker.trials.title')}</h2>
        <Link to={proposePath} className="button button--secondary">
          {tf('section.propose')}
        </Link>
      </div>
      {rows && rows.length === 0 ? <p className="empty">{t('seeker.trials.empty')}</p> : null}
      <ul className="plain-list placement-rows">
        {rows?.map(({ placement: p, party }) => {
          const { lastCheckIn = '', lastRetention } = followUps?.get(p.id) ?? {};
          const due = nextCheckInDue(p, lastCheckIn ? [{ date: lastCheckIn }] : []);
          return (
            <li key={p.id}>
              <Link to={`/placements/${p.id}`} className="placement-row">
                <span className="placement-row__main">
                  <span className="placement-row__party">{party || tf('party.unknown')}</span>
                  <span className="muted">{p.jobTitle}</span>
                </span>
                <span className="placement-row__meta">
                  {p.kind === 'student_holiday' ? <span className="tag">{codeLabel(t, 'placementKind', p.kind)}</span> : null}
                  <span className={`status-tag status-tag--${p.status}`}>{codeLabel(t, 'trialStatus', p.status)}</span>
                  <span>
                    {formatDate(p.startDate, lang)} 〜 {formatDate(p.endDate, lang)}
                  </span>
                  {lastCheckIn ? <span>{tf('section.lastCheckIn', { date: formatDate(lastCheckIn, lang) })}</span> : null}
                  {lastRetention ? (
                    <span>
                      {tf('section.retention', { milestone: codeLabel(t, 'retentionMilestone', lastRetention.milestone), outcome: codeLabel(t, 'retentionOutcome', lastRetention.outcome) })}
                    </span>
                  ) : null}
                  {due && due <= today ? <span className="due-badge">{tf('checkIn.dueShort')}</span> : null}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
