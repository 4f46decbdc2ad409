/**
 * A section of the report (求職者, 企業, …): which filters it follows, its figures, and the tables (and
 * charts) that break it down. A section that ignores a filter says so, so no one reads a town's
 * internships as that town's seniors.
 */
import type { ReactNode } from 'react';
import type { Kpi, ReportFilter, ReportSection } from '../../../domain/grant-report-model';
import { useReportMessages } from '../messages';
import { KpiTile } from './kpi-tile';

export function KpiSection({ section, kpis, filter, children }: {
  section: ReportSection;
  kpis: readonly Kpi[];
  filter: ReportFilter;
  children?: ReactNode;
}) {
  const { tf } = useReportMessages();
  const headingId = `report-section-${section}`;
  return (
    <section className="report-section card" aria-labelledby={headingId}>
      <h2 id={headingId}>{tf(`section.${section}`)}</h2>
      <p className="report-section__scope">{tf(`scope.${section}`)}</p>
      <ul className="kpi-grid">
        {kpis.map((kpi) => (
          <KpiTile key={kpi.key} kpi={kpi} filter={filter} />
        ))}
      </ul>
      {children}
    </section>
  );
}
