/** A breakdown of the report as a table: the numbers behind a chart, for reading, screen readers and paper. */
import type { Breakdown } from '../../../domain/grant-report-model';
import { useReportMessages } from '../messages';
import { formatCell } from '../report-format';
import { breakdownNote, breakdownTitle, columnLabel, rowLabel } from '../report-labels';

const breakdownTableId = (key: string) => `report-table-${key}`;

export function BreakdownTable({ breakdown }: { breakdown: Breakdown }) {
  const words = useReportMessages();
  const { tf } = words;
  const note = breakdownNote(breakdown.key, tf);
  return (
    // A table wider than its column scrolls sideways: the keyboard reaches it too (a labelled, focusable region).
    <div className="report-table__scroll" role="region" aria-labelledby={`${breakdownTableId(breakdown.key)}-caption`} tabIndex={0}>
      <table className="report-table" id={breakdownTableId(breakdown.key)}>
        <caption id={`${breakdownTableId(breakdown.key)}-caption`}>
          {breakdownTitle(breakdown.key, tf)}
          {note ? <span className="report-table__note">{note}</span> : null}
        </caption>
        <thead>
          <tr>
            <th scope="col">{tf('breakdown.category')}</th>
            {breakdown.columns.map((c) => (
              <th key={c} scope="col" className="report-table__num">
                {columnLabel(c, tf)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {breakdown.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{rowLabel(breakdown.key, row.key, words)}</th>
              {breakdown.columns.map((c) => (
                <td key={c} className="report-table__num">
                  {formatCell(c, row.values[c] ?? null, tf)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
