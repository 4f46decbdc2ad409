/**
 * A card listing the records that hang off one record (visits, counselling, trials), in the order
 * the caller gives. While the live query loads (`items` undefined) it shows no "none yet",
 * so an empty-looking flash never precedes the list on a slow tablet.
 */
import type { ReactNode } from 'react';

export function TimelineCard<T extends { id: string }>({ headingId, title, emptyText, items, renderItem, children }: {
  /** The heading's id, which labels the section for screen readers (unique on the page). */
  headingId: string;
  title: string;
  emptyText: string;
  items: readonly T[] | undefined;
  renderItem: (item: T) => ReactNode;
  /** After the list, e.g. a form to add one. */
  children?: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {items && items.length === 0 ? <p className="empty">{emptyText}</p> : null}
      <ul className="plain-list">
        {items?.map((item) => (
          <li key={item.id} className="timeline-item">
            {renderItem(item)}
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}
