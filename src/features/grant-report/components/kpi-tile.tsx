/**
 * One figure: its name, its value, the numerator and denominator of a rate, and its definition under it
 * (on screen and on paper). The figure is a link to the records it counts; the definition stays outside
 * the link so the link's name is short for a screen reader.
 */
import { useId } from 'react';
import { Link } from 'react-router';
import type { Kpi, ReportFilter } from '../../../domain/grant-report-model';
import { useReportMessages } from '../messages';
import { filterQuery } from '../report-filter';
import { formatKpiValue, formatRatioPart } from '../report-format';

export function KpiTile({ kpi, filter }: { kpi: Kpi; filter: ReportFilter }) {
  const { tf } = useReportMessages();
  const definitionId = useId();
  const label = tf(`kpi.${kpi.key}`);
  const ratio =
    kpi.numerator !== undefined && kpi.denominator !== undefined
      ? tf('tile.ratio', { numerator: formatRatioPart(kpi, kpi.numerator), denominator: formatRatioPart(kpi, kpi.denominator) })
      : null;
  return (
    <li className="kpi" data-kpi={kpi.key}>
      <Link to={`/report/records?kpi=${kpi.key}&${filterQuery(filter)}`} className="kpi__link" aria-describedby={definitionId}>
        <span className="kpi__label">{label}</span>
        <span className="kpi__value">{formatKpiValue(kpi, tf)}</span>
        {ratio ? <span className="kpi__ratio">{ratio}</span> : null}
      </Link>
      <p id={definitionId} className="kpi__definition">
        {tf(`def.${kpi.key}`)}
      </p>
    </li>
  );
}
