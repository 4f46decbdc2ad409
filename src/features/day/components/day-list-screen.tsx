/**
 * A coordinator's day (今日の予定): what is due, overdue first, then today, then the rest of the week
 * (src/domain/day-list.ts). The coordinator's own items (and unassigned ones) by default, everyone's on
 * request (kept in the URL, so back returns to the same view). The list is live: an item leaves as
 * soon as the record that answers it is saved, here or by sync.
 */
import { useState } from 'react';
import type { DueBucket } from '../../../domain/day-list';
import { useSession } from '../../../auth/use-session';
import { PageHeader } from '../../../components/ui/page-header';
import { formatDate, todayIso } from '../../../lib/dates';
import { useUrlFilter } from '../../../lib/use-url-filter';
import type { DayListRow } from '../../../storage/day-list-queries';
import { useDayList } from '../../../storage/hooks/use-day-list';
import { useDayMessages } from '../messages';
import { DueItemRow } from './due-item-row';
import '../day-list.css';

const BUCKETS: readonly DueBucket[] = ['overdue', 'today', 'week'];

export function DayListScreen() {
  const { t, tf, lang } = useDayMessages();
  const url = useUrlFilter();
  const everyone = url.get('who') === 'all';
  const userId = useSession().user?.userId ?? null;
  const today = todayIso();
  const items = useDayList(today, everyone ? null : userId);
  return (
    <section className="screen day-list">
      <PageHeader
        title={tf('title')}
        actions={<WhoseToggle everyone={everyone} onChange={(all) => url.set('who', all ? 'all' : '')} />}
      >
        <p className="page-header__sub">{formatDate(today, lang)}</p>
      </PageHeader>
      {items === undefined ? <p role="status">{t('common.loading')}</p> : null}
      {items?.length === 0 ? (
        <div className="card day-list__empty" role="status">
          <h2 className="day-list__empty-title">{tf('empty.title')}</h2>
          <p>{tf(everyone ? 'empty.everyone' : 'empty.mine')}</p>
        </div>
      ) : null}
      {items && items.length > 0 ? <BucketJumps items={items} /> : null}
      {items && items.length > 0
        ? BUCKETS.map((bucket) => (
            <BucketSection
              key={bucket}
              bucket={bucket}
              items={items.filter((i) => i.bucket === bucket)}
              today={today}
            />
          ))
        : null}
    </section>
  );
}

/**
 * How many are due in each group, each a jump to its group: a long overdue list would otherwise hide
 * what is due today below the fold.
 */
function BucketJumps({ items }: { items: DayListRow[] }) {
  const { tf } = useDayMessages();
  return (
    <nav className="day-list__jumps" aria-label={tf('jumps')}>
      {BUCKETS.map((bucket) => {
        const count = items.filter((i) => i.bucket === bucket).length;
        return (
          <button
            key={bucket}
            type="button"
            className={`button button--secondary day-list__jump day-list__jump--${bucket}`}
            disabled={count === 0}
            onClick={() => document.getElementById(bucketHeadingId(bucket))?.scrollIntoView({ block: 'start' })}
          >
            {tf(`bucket.${bucket}`)} {tf('bucket.count', { n: count })}
          </button>
        );
      })}
    </nav>
  );
}

const bucketHeadingId = (bucket: DueBucket) => `day-${bucket}`;

/** Rows drawn per group until asked for more: a backlog of hundreds would take a second to draw on a tablet. */
const ROWS_SHOWN = 25;

function BucketSection({ bucket, items, today }: { bucket: DueBucket; items: DayListRow[]; today: string }) {
  const { tf } = useDayMessages();
  const [showAll, setShowAll] = useState(false);
  if (items.length === 0) return null;
  const shown = showAll ? items : items.slice(0, ROWS_SHOWN);
  const headingId = bucketHeadingId(bucket);
  return (
    <section className={`day-list__bucket day-list__bucket--${bucket}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="day-list__heading">
        {tf(`bucket.${bucket}`)} <span className="day-list__count">{tf('bucket.count', { n: items.length })}</span>
      </h2>
      <ul className="plain-list day-list__items">
        {shown.map((item) => (
          <DueItemRow key={item.key} item={item} today={today} />
        ))}
      </ul>
      {shown.length < items.length ? (
        <button type="button" className="button button--secondary day-list__more" onClick={() => setShowAll(true)}>
          {tf('showRest', { n: items.length - shown.length })}
        </button>
      ) : null}
    </section>
  );
}

function WhoseToggle({ everyone, onChange }: { everyone: boolean; onChange: (everyone: boolean) => void }) {
  const { tf } = useDayMessages();
  return (
    <div className="toggle" role="group" aria-label={tf('whose')}>
      <button type="button" className="toggle__option" aria-pressed={!everyone} onClick={() => onChange(false)}>
        {tf('mine')}
      </button>
      <button type="button" className="toggle__option" aria-pressed={everyone} onClick={() => onChange(true)}>
        {tf('everyone')}
      </button>
    </div>
  );
}
