/**
 * The report as CSV files for Excel in Japan (lib/csv.ts: UTF-8 with BOM, CRLF), one per table: the
 * figures with their definitions, then each breakdown. The conditions (令和N年度, month, town, age
 * group) are in every file's name and in its header, so a file read on its own says what it counts
 * (a breakdown's header leaves out the filter it does not apply: a by-town table lists every town).
 * Numbers are plain numbers Excel can sum: rates as percentages (42.9), yen without ¥ or separators.
 */
import { KPI_KEYS, type Breakdown, type GrantReport, type Kpi, type ReportFilter } from '../../domain/grant-report-model';
import { excelCsv, type CsvCell } from '../../lib/csv';
import { breakdownFileWord, breakdownFilter, breakdownTitle, columnLabel, conditionParts, rowLabel, type ReportWords } from './report-labels';
import type { KpiRecordRow } from './kpi-records';
import { isRateColumn } from './report-format';

export type CsvFile = { fileName: string; text: string };

const UNIT_WORDS = { count: 'csv.unitCount', rate: 'csv.unitRate', days: 'csv.unitDays', yen: 'csv.unitYen', points: 'csv.unitPoints' } as const;

/** A rate as a percentage with one decimal; other values as they are (points to two decimals). */
const csvNumber = (value: number | null, rate: boolean): CsvCell => (value === null ? '' : rate ? Math.round(value * 1000) / 10 : Math.round(value * 100) / 100);

export function reportCsvFiles(report: GrantReport, words: ReportWords): CsvFile[] {
  const { tf } = words;
  const conditions = conditionParts(report.filter, words);
  const file = (table: string, text: string): CsvFile => ({
    fileName: tf('csv.fileName', { period: conditions.join('_'), table }),
    text,
  });
  return [
    file(tf('file.summary'), summaryCsv(report, words, conditions.join(tf('filter.separator')))),
    ...report.breakdowns.map((b) => file(breakdownFileWord(b.key, tf), breakdownCsv(b, words, conditionParts(breakdownFilter(b.key, report.filter), words).join(tf('filter.separator'))))),
  ];
}

function summaryCsv(report: GrantReport, { tf }: ReportWords, conditions: string): string {
  const header = ['csv.section', 'csv.kpi', 'csv.value', 'csv.unit', 'csv.numerator', 'csv.denominator', 'csv.definition'] as const;
  const rows = KPI_KEYS.map((key) => report.kpis[key]).map((kpi: Kpi) => [
    tf(`section.${kpi.section}`),
    tf(`kpi.${kpi.key}`),
    csvNumber(kpi.value, kpi.unit === 'rate'),
    tf(UNIT_WORDS[kpi.unit]),
    kpi.numerator ?? '',
    kpi.denominator ?? '',
    tf(`def.${kpi.key}`),
  ]);
  return excelCsv(
    header.map((h) => (h === 'csv.value' ? tf('csv.withConditions', { label: tf(h), conditions }) : tf(h))),
    rows,
  );
}

function breakdownCsv(breakdown: Breakdown, words: ReportWords, conditions: string): string {
  const { tf } = words;
  const header = [
    tf('csv.withConditions', { label: breakdownTitle(breakdown.key, tf), conditions }),
    ...breakdown.columns.map((c) => (isRateColumn(c) ? `${columnLabel(c, tf)}（%）` : columnLabel(c, tf))),
  ];
  const rows = breakdown.rows.map((row) => [rowLabel(breakdown.key, row.key, words), ...breakdown.columns.map((c) => csvNumber(row.values[c] ?? null, isRateColumn(c)))]);
  return excelCsv(header, rows);
}

/**
 * The records behind one figure, as listed on its records screen, so the office can check a number
 * line by line in Excel: the record, its day (ISO, sorts in Excel), what was shown beside it, whether
 * a rate counts it in the numerator, and its id to find it again.
 */
export function kpiRecordsCsv(kpi: Kpi, rows: readonly KpiRecordRow[], filter: ReportFilter, words: ReportWords): CsvFile {
  const { tf } = words;
  const conditions = conditionParts(filter, words);
  const label = tf(`kpi.${kpi.key}`);
  const rate = kpi.denominatorIds !== undefined;
  const header = [tf('csv.withConditions', { label, conditions: conditions.join(tf('filter.separator')) }), tf('csv.recordDate'), tf('csv.recordDetail'), ...(rate ? [tf('csv.recordCounted')] : []), tf('csv.recordId')];
  const counted = (row: KpiRecordRow) => tf(row.inNumerator ? 'records.inNumerator' : 'records.onlyDenominator');
  return {
    fileName: tf('csv.fileName', { period: conditions.join('_'), table: tf('csv.recordsTable', { label }) }),
    text: excelCsv(
      header,
      rows.map((row) => [row.title, row.date, row.meta, ...(rate ? [counted(row)] : []), row.id]),
    ),
  };
}
