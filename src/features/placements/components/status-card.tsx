/**
 * Where a placement stands and where it may go: its status, a 'check-in due' badge while in trial, and
 * one button per move the lifecycle allows this role from here (domain/transitions.ts nextStatuses).
 */
import { useState } from 'react';
import { useSession } from '../../../auth/use-session';
import { SuccessBanner } from '../../../components/ui/banner';
import { nextCheckInDue } from '../../../domain/day-list';
import { nextStatuses } from '../../../domain/transitions';
import { codeLabel } from '../../../lib/code-options';
import { formatDate, todayIso } from '../../../lib/dates';
import { TRIAL_STATUSES } from '../../../shared/codes';
import type { CheckIn, TrialPlacement } from '../../../shared/entities';
import { useFeatureMessages } from '../messages';
import { StatusMoveForm } from './status-move-form';

type TrialStatus = TrialPlacement['status'];

/** The moves offered from `status` to `role`, the current status left out. */
export function statusMoves(status: TrialStatus, role: Parameters<typeof nextStatuses>[2]): TrialStatus[] {
  return nextStatuses('trialPlacements', status, role, TRIAL_STATUSES).filter((to): to is TrialStatus => to !== status);
}

export function StatusCard({ placement, checkIns }: { placement: TrialPlacement; checkIns: readonly CheckIn[] | undefined }) {
  const { t, tf, lang } = useFeatureMessages();
  const role = useSession().user?.role ?? 'counter';
  const [moving, setMoving] = useState<TrialStatus | null>(null);
  const [moved, setMoved] = useState<TrialStatus | null>(null);
  const today = todayIso();
  const due = checkIns ? nextCheckInDue(placement, checkIns) : '';
  const moves = statusMoves(placement.status, role);
  return (
    <section className="card status-card" aria-labelledby="status-title">
      <div className="status-card__head">
        <h2 id="status-title">{tf('status.title')}</h2>
        <span className={`status-tag status-tag--${placement.status}`}>{codeLabel(t, 'trialStatus', placement.status)}</span>
        {due && due <= today ? <span className="due-badge">{tf('checkIn.dueBadge', { date: formatDate(due, lang) })}</span> : null}
      </div>
      {moved ? <SuccessBanner message={tf('move.done', { to: codeLabel(t, 'trialStatus', moved) })} /> : null}
      {moves.length > 0 ? (
        <div className="status-card__moves" role="group" aria-label={tf('move.group')}>
          {moves.map((to) => (
            <button
              key={to}
              type="button"
              className={`button ${moving === to ? 'button--primary' : 'button--secondary'}`}
              aria-pressed={moving === to}
              onClick={() => {
                setMoved(null);
                setMoving(moving === to ? null : to);
              }}
            >
              {tf('move.button', { to: codeLabel(t, 'trialStatus', to) })}
            </button>
          ))}
        </div>
      ) : (
        <p className="muted">{tf('move.closed')}</p>
      )}
      {moving ? (
        <StatusMoveForm
          key={moving}
          placement={placement}
          to={moving}
          onCancel={() => setMoving(null)}
          onDone={() => {
            setMoved(moving);
            setMoving(null);
          }}
        />
      ) : null}
    </section>
  );
}
