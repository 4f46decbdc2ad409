/**
 * The report for the filters in the URL, computed on the device from the local records (so it works
 * offline). The records are indexed once per state of the data (prepareReport, kept by the storage
 * with its cached copy) and the figures recomputed per filter, so changing a filter or reopening the
 * dashboard does not index 20,000 seekers again; a record changed by sync or another tab reads the
 * records again (useReportData is live).
 */
import { useMemo } from 'react';
import { computeGrantReport } from '../../domain/grant-report';
import type { GrantReport, ReportFilter, ReportRecords } from '../../domain/grant-report-model';
import { reportFiscalYears } from '../../domain/report-fiscal-years';
import { todayIso } from '../../lib/dates';
import { useReportData } from '../../storage/hooks/use-report-data';
import { useReportFilter } from './report-filter';

export type GrantReportState = {
  filter: ReportFilter;
  setFilter: ReturnType<typeof useReportFilter>['set'];
  /** undefined while the records are read. */
  input: ReportRecords | undefined;
  report: GrantReport | undefined;
  /** The fiscal years to choose from, newest first. */
  years: number[];
};

export function useGrantReport(): GrantReportState {
  const { filter, set } = useReportFilter();
  const data = useReportData();
  const input = data?.input;
  const prepared = data?.prepared;
  const today = todayIso();
  const { fiscalYear, month, town, ageGroup } = filter;
  const report = useMemo(
    () => (prepared ? computeGrantReport(prepared, { fiscalYear, month, town, ageGroup }, today) : undefined),
    [prepared, fiscalYear, month, town, ageGroup, today],
  );
  const years = useMemo(() => (input ? reportFiscalYears(input, today) : [fiscalYear]), [input, today, fiscalYear]);
  return { filter, setFilter: set, input, report, years };
}
