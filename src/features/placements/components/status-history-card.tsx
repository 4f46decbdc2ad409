/**
 * The placement's status history from the status-change records the rules write with every move:
 * when, who (the signed-in user shows as "you"; others by their user id, the only name the device
 * knows for them), from → to, and on the move that closed the trial without a hire, why.
 */
import { useSession } from '../../../auth/use-session';
import { codeLabel } from '../../../lib/code-options';
import { formatDateTime } from '../../../lib/date-time';
import type { StatusChange, TrialPlacement } from '../../../shared/entities';
import { usePlacementStatusChanges } from '../../../storage/hooks/use-placement-records';
import { useFeatureMessages } from '../messages';

const ENDED_WITHOUT_HIRE = new Set(['not_hired', 'withdrawn']);

export function StatusHistoryCard({ placement }: { placement: TrialPlacement }) {
  const { t, tf, lang } = useFeatureMessages();
  const user = useSession().user;
  const changes = usePlacementStatusChanges(placement.id);
  // The reason is the placement's own: it belongs to the latest move into its present closed status.
  const closing = ENDED_WITHOUT_HIRE.has(placement.status) ? changes?.findLast((c) => c.to === placement.status) : undefined;
  const who = (c: StatusChange) => (c.userId === user?.userId ? tf('history.you', { name: user.displayName }) : c.userId);
  const status = (code: string) => codeLabel(t, 'trialStatus', code);
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{tf('history.title')}</h2>
      {changes && changes.length === 0 ? <p className="empty">{tf('history.none')}</p> : null}
      <ol className="plain-list">
        {changes?.map((c) => (
          <li key={c.id} className="timeline-item">
            <p className="timeline-item__head">{c.from ? tf('history.move', { from: status(c.from), to: status(c.to) }) : tf('history.created', { to: status(c.to) })}</p>
            <p className="muted">
              {formatDateTime(c.changedAt, lang)} ・ {who(c)}
              {c.reopened ? ` ・ ${tf('history.reopened')}` : ''}
            </p>
            {c === closing && placement.endReason ? <p>{tf('history.reason', { reason: codeLabel(t, 'trialEndReason', placement.endReason) })}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
