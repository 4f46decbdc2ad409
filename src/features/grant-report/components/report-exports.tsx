/** One button per table of the report, each downloading that table as a CSV for Excel (report-csv.ts). */
import { useMemo } from 'react';
import type { GrantReport } from '../../../domain/grant-report-model';
import { downloadCsv } from '../../../lib/csv';
import { reportCsvFiles } from '../report-csv';
import { breakdownTitle } from '../report-labels';
import { useReportWords } from '../use-report-words';

export function ReportExports({ report }: { report: GrantReport }) {
  const words = useReportWords();
  const { tf } = words;
  const files = useMemo(() => reportCsvFiles(report, words), [report, words]);
  const names = [tf('file.summary'), ...report.breakdowns.map((b) => breakdownTitle(b.key, tf))];
  return (
    <section className="report-exports card" aria-labelledby="report-exports-title">
      <h2 id="report-exports-title">{tf('action.exports')}</h2>
      <p className="muted">{tf('action.exportsHint')}</p>
      <div className="report-exports__buttons">
        {files.map((file, i) => (
          <button key={file.fileName} type="button" className="button button--secondary" onClick={() => downloadCsv(file.fileName, file.text)} data-file={file.fileName}>
            {names[i]}
          </button>
        ))}
      </div>
    </section>
  );
}
