/**
 * How a figure of the report is written, on screen and in its CSV: rates as %, yen with ¥ and
 * separators, days and points with their unit; a figure with nothing to count (a rate of nothing, a
 * median of no hires) as a dash, never as 0, which would read as a result.
 */
import type { Kpi } from '../../domain/grant-report-model';
import { formatCount, formatPercent, formatYen } from '../../lib/numbers';
import type { useReportMessages } from './messages';

type Tf = ReturnType<typeof useReportMessages>['tf'];

/** The value as the tile shows it. */
export function formatKpiValue(kpi: Pick<Kpi, 'unit' | 'value'>, tf: Tf): string {
  if (kpi.value === null) return tf('tile.none');
  switch (kpi.unit) {
    case 'rate':
      return formatPercent(kpi.value);
    case 'yen':
      return formatYen(kpi.value);
    case 'days':
      return tf('unit.days', { value: formatCount(kpi.value) });
    case 'points':
      return tf('unit.points', { value: `${kpi.value > 0 ? '+' : ''}${formatCount(kpi.value)}` });
    case 'count':
      return formatCount(kpi.value);
  }
}

/** The numerator or the denominator of a rate: counts, except the fee share's (fees paid over the year's cost, in yen). */
export const formatRatioPart = (kpi: Pick<Kpi, 'key'>, value: number) => (kpi.key === 'feeShareOfCost' ? formatYen(value) : formatCount(value));

/** A breakdown's cell: its rate columns (…Rate) are shares, the others counts. */
export function formatCell(column: string, value: number | null, tf: Tf): string {
  if (value === null) return tf('tile.none');
  return isRateColumn(column) ? formatPercent(value) : formatCount(value);
}

export const isRateColumn = (column: string) => /rate$/iu.test(column);
