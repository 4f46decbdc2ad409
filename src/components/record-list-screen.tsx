/**
 * The shell of every record list: title with the "new" button, the feature's filter bar, a live
 * count (announced politely, so a screen reader hears how many matched after each keystroke), and
 * the rows in a virtual list, since a municipality's records run to the tens of thousands.
 * Filtering and row layout are the feature's.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../lib/i18n/i18n';
import { PageHeader } from './ui/page-header';
import { VirtualList } from './ui/virtual-list';

export function RecordListScreen<T extends { id: string }>({ title, newPath, filterBar, rows, total, emptyText, renderRow }: {
  title: string;
  newPath: string;
  filterBar: ReactNode;
  /** undefined while the live query loads. */
  rows: T[] | undefined;
  /** The whole list's length when `rows` is only its first screenful (shown while the rest loads). */
  total?: number;
  emptyText: string;
  renderRow: (row: T) => ReactNode;
}) {
  const { t, lang } = useI18n();
  return (
    <section className="screen screen--list">
      <PageHeader
        title={title}
        actions={
          <Link to={newPath} className="button button--primary">
            ＋ {t('common.new')}
          </Link>
        }
      >
        {filterBar}
      </PageHeader>
      <p className="list-count" role="status" aria-live="polite">
        {rows ? t('common.count', { n: (total ?? rows.length).toLocaleString(lang) }) : t('common.loading')}
      </p>
      {rows && rows.length === 0 ? <p className="empty">{emptyText}</p> : null}
      {rows && rows.length > 0 ? <VirtualList items={rows} setSize={total} rowHeight={72} label={title} renderRow={renderRow} getKey={(row) => row.id} /> : null}
    </section>
  );
}
