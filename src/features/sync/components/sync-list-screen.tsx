/**
 * The frame of the two review lists (要確認, 競合): title and what the list is for, "loading" until
 * the live query answers, a card saying there is nothing to review, then the items. An item leaves
 * only by a person's decision, so the empty card is the one sign that all is settled.
 */
import type { ReactNode } from 'react';
import { PageHeader } from '../../../components/ui/page-header';
import { useI18n } from '../../../lib/i18n/i18n';

export function SyncListScreen<T>({ title, intro, emptyText, items, renderItem }: {
  title: string;
  intro: string;
  emptyText: string;
  /** undefined while the live query loads. */
  items: T[] | undefined;
  /** Returns the keyed list item. */
  renderItem: (item: T) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section className="screen">
      <PageHeader title={title}>
        <p className="page-header__sub">{intro}</p>
      </PageHeader>
      {items === undefined ? <p>{t('common.loading')}</p> : null}
      {items?.length === 0 ? <p className="empty card">{emptyText}</p> : null}
      <ul className="plain-list sync-list">{items?.map(renderItem)}</ul>
    </section>
  );
}
