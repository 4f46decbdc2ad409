/** One row of a windowed list, placed at its offset (shared by the first screenful and the windowed rows). */
import type { ReactNode } from 'react';

export function VirtualListRow({ index, start, size, total, children }: { index: number; start: number; size: number; total: number; children: ReactNode }) {
  return (
    <li className="vlist__row" aria-posinset={index + 1} aria-setsize={total} style={{ height: size, transform: `translateY(${start}px)` }}>
      {children}
    </li>
  );
}
