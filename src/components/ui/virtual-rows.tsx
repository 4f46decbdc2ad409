/** The rows of a VirtualList kept to those on screen while it scrolls (@tanstack/react-virtual), loaded after the first screenful. */
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReactNode, RefObject } from 'react';
import { VirtualListRow } from './virtual-list-row';

export function VirtualRows<T>({ items, setSize, rowHeight, renderRow, getKey, scrollElement }: {
  items: T[];
  setSize: number;
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
  });
  // Rows have one fixed height, so the virtualizer keeps its default keys (the index): with a key
  // per item it lays out every row again (50,000 at programme volume) at each render of the screen.
  // React's keys are the items' own, so a row's DOM follows its record.
  return virtualizer.getVirtualItems().map((row) => (
    <VirtualListRow key={getKey(items[row.index]!)} index={row.index} start={row.start} size={row.size} total={setSize}>
      {renderRow(items[row.index]!)}
    </VirtualListRow>
  ));
}
