/**
 * The table frame of the admin lists: a caption for screen readers and one header per column, plus
 * the last, unlabelled-on-screen actions column. Each row may open a panel under itself (editor,
 * confirmation), so the admin never loses track of which user or device it is about.
 */
import type { ReactNode } from 'react';
import { useAdminMessages } from '../messages';

export function AdminTable({ caption, columns, children }: { caption: string; columns: readonly string[]; children: ReactNode }) {
  const { tf } = useAdminMessages();
  return (
    <table className="admin-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((label) => (
            <th key={label} scope="col">
              {label}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">{tf('admin.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** The panel row under a table row: spans every column (the data columns and the actions column). */
export function AdminTablePanel({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <tr className="admin-table__editor">
      <td colSpan={columns + 1}>{children}</td>
    </tr>
  );
}
