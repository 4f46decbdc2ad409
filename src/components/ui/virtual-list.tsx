/**
 * A windowed list: only the rows on screen are in the DOM, so 50,000 seekers scroll as smoothly as 50.
 * Rows are links in a list (not a grid) so keyboard users tab through them; each row carries its
 * position and the total (aria-posinset / aria-setsize), so screen readers count all rows, not the few drawn.
 * A printout gets every row, in a plain list (app/print.css).
 * The windowing code (virtual-rows.tsx, ~10 KB gzip) is loaded after the first render: until it is
 * there (a few ms from the service worker's cache) the list draws the first screenful of rows at the
 * same places, so the seeker list, a first screen, paints without it (first-screen JS budget,
 * `npm run build:report`).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { usePrinting } from '../../lib/use-printing';
import { VirtualListRow } from './virtual-list-row';
import type { VirtualRows as WindowedRows } from './virtual-rows';

type Rows = typeof WindowedRows;
let loadedRows: Rows | undefined;
const loadRows = () => import('./virtual-rows').then((module) => (loadedRows = module.VirtualRows));

/** Rows drawn before the windowing code is there: a screenful, and as many again below it. */
const firstRowCount = (rowHeight: number) => Math.ceil((2 * window.innerHeight) / rowHeight);

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
  const [VirtualRows, setVirtualRows] = useState(() => loadedRows);
  useEffect(() => {
    if (!VirtualRows) void loadRows().then((rows) => setVirtualRows(() => rows));
  }, [VirtualRows]);
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
      <ul aria-label={label} className="vlist__inner" style={{ height: items.length * rowHeight }}>
        {VirtualRows ? (
          <VirtualRows items={items} setSize={setSize} rowHeight={rowHeight} renderRow={renderRow} getKey={getKey} scrollElement={parentRef} />
        ) : (
          items.slice(0, firstRowCount(rowHeight)).map((item, index) => (
            <VirtualListRow key={getKey(item)} index={index} start={index * rowHeight} size={rowHeight} total={setSize}>
              {renderRow(item)}
            </VirtualListRow>
          ))
        )}
      </ul>
    </div>
  );
}
