/**
 * A windowed list: only the rows on screen are in the DOM, so 50,000 seekers scroll as smoothly as 50.
 * Rows are links in a list (not a grid) so keyboard users tab through them; each row carries its
 * position and the total (aria-posinset / aria-setsize), so screen readers count all rows, not the few drawn.
 * A printout gets every row, in a plain list (app/print.css).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import { usePrinting } from '../../lib/use-printing';

export function VirtualList<T>({ items, setSize = items.length, rowHeight, label, renderRow, getKey }: {
  items: T[];
  /** How many rows the whole list has, when `items` are only its first ones (still loading). */
  setSize?: number;
  rowHeight: number;
  label: string;
  renderRow: (item: T) => ReactNode;
  getKey: (item: T) => string;
}) {
  const parentRef = useRef<HTMLDivElement>(null);
  // Rows have one fixed height, so the virtualizer keeps its default keys (the index): with a key
  // per item it lays out every row again (50,000 at programme volume) at each render of the screen.
  // React's keys below are the items' own, so a row's DOM follows its record.
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  if (usePrinting()) {
    return (
      <ul aria-label={label} className="vlist__print">
        {items.map((item) => (
          <li key={getKey(item)}>{renderRow(item)}</li>
        ))}
      </ul>
    );
  }
  return (
    <div ref={parentRef} className="vlist" data-testid="virtual-list">
      <ul aria-label={label} className="vlist__inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => (
          <li
            key={getKey(items[row.index]!)}
            className="vlist__row"
            aria-posinset={row.index + 1}
            aria-setsize={setSize}
            style={{ height: row.size, transform: `translateY(${row.start}px)` }}
          >
            {renderRow(items[row.index]!)}
          </li>
        ))}
      </ul>
    </div>
  );
}
