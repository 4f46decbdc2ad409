/** The rows of a VirtualList kept to those on screen while it scrolls (@tanstack/react-virtual), loaded after the first screenful. */
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReactNode, RefObject } from 'react';
import { VirtualListRow } from './virtual-list-row';

export function VirtualRows<T>({ items, rowHeight, renderRow, getKey, scrollElement }: {
  items: T[];
  rowHeight: number;
  renderRow: (item: T) => ReactNode;
  getKey: (item: T) => string;
  scrollElement: RefObject<HTMLDivElement | null>;
}) {
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollElement.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    getItemKey: (index) => getKey(items[index]!),
  });
  return virtualizer.getVirtualItems().map((row) => (
    <VirtualListRow key={row.key} index={row.index} start={row.start} size={row.size} total={items.length}>
      {renderRow(items[row.index]!)}
    </VirtualListRow>
  ));
}
