import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { readReportData, type ReportData } from '../report-input-cache';

/** Every record the grant report counts and the report prepared from them, read again whenever one changes; undefined while loading. */
export function useReportData(): ReportData | undefined {
  return useLiveQuery(() => readReportData(db), []);
}
