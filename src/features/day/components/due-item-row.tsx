/** One thing due: what, for whom, by when, and the one step that answers it. */
import { useId } from 'react';
import { Link } from 'react-router';
import { daysBetween } from '../../../domain/dates';
import { formatDate } from '../../../lib/dates';
import type { DayListRow } from '../../../storage/day-list-queries';
import { dueItemPath, logVisitPath } from '../due-links';
import { useDayMessages } from '../messages';

export function DueItemRow({ item, today }: { item: DayListRow; today: string }) {
  const { tf, lang } = useDayMessages();
  const what = tf(`kind.${item.kind}`, { milestone: item.milestone ? tf(`milestone.${item.milestone as '1m' | '3m' | '6m'}`) : '' });
  // Every row has the same action words: the names tell a screen reader which row a link belongs to.
  const namesId = useId();
  const overdue = item.bucket === 'overdue' ? daysBetween(item.due, today) : 0;
  return (
    <li className={`due-item due-item--${item.bucket}`}>
      <div className="due-item__body">
        <span className={`tag due-item__kind due-item__kind--${item.kind}`}>{what}</span>
        <span className="due-item__names" id={namesId}>
          <span className="due-item__company">{item.companyName}</span>
          {item.seekerName ? <span className="due-item__seeker">{item.seekerName}</span> : null}
        </span>
        <span className="due-item__when">
          {tf('due', { date: formatDate(item.due, lang) })}
          {overdue > 0 ? <strong className="due-item__late">{tf('overdueDays', { n: overdue })}</strong> : null}
        </span>
      </div>
      <div className="due-item__actions">
        <Link className="button button--primary" to={dueItemPath(item)} aria-describedby={namesId}>
          {tf(`action.${item.kind}`)}
        </Link>
        {item.kind === 'visit' ? (
          <Link className="button button--secondary" to={logVisitPath(item.companyId)} aria-describedby={namesId}>
            {tf('logVisit')}
          </Link>
        ) : null}
      </div>
    </li>
  );
}
