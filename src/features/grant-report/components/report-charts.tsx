/**
 * The two charts of the trial-work section, each drawn from a breakdown whose table is shown with it:
 * trials started and hires per month of the fiscal year, and the trial-to-hire rate per town.
 */
import { useMemo } from 'react';
import type { Breakdown } from '../../../domain/grant-report-model';
import { breakdownTitle, columnLabel, monthLabel, rowLabel, type ReportWords } from '../report-labels';
import { useReportWords } from '../use-report-words';
import { BarChart, type BarChartData } from './bar-chart';

// Colours told apart with any colour vision, each at least 3:1 against the white page (WCAG 1.4.11).
const BLUE = '#0b5394';
const ORANGE = '#b35900';
const GREEN = '#1b7a43';

function chartData(breakdown: Breakdown, columns: readonly { column: string; colour: string }[], words: ReportWords, { percent = false, labelOf = (row: string) => rowLabel(breakdown.key, row, words) } = {}): BarChartData {
  return {
    labels: breakdown.rows.map((r) => labelOf(r.key)),
    series: columns.map(({ column, colour }) => ({ label: columnLabel(column, words.tf), values: breakdown.rows.map((r) => r.values[column] ?? null), colour })),
    percent,
  };
}

export function MonthlyChart({ monthly }: { monthly: Breakdown }) {
  const words = useReportWords();
  // The axis names the month only (4月 … 3月): the table beside it has the year of each.
  const data = useMemo(
    () => chartData(monthly, [{ column: 'trialsStarted', colour: BLUE }, { column: 'hires', colour: ORANGE }], words, { labelOf: (month) => monthLabel(Number(month.slice(5, 7)), words.lang) }),
    [monthly, words],
  );
  return <BarChart title={words.tf('chart.monthly')} description={words.tf('chart.tableRef', { table: breakdownTitle(monthly.key, words.tf) })} data={data} />;
}

export function TownRateChart({ ratesByTown }: { ratesByTown: Breakdown }) {
  const words = useReportWords();
  const data = useMemo(() => chartData(ratesByTown, [{ column: 'trialToHireRate', colour: GREEN }], words, { percent: true }), [ratesByTown, words]);
  return <BarChart title={words.tf('chart.ratesByTown')} description={words.tf('chart.tableRef', { table: breakdownTitle(ratesByTown.key, words.tf) })} data={data} />;
}
