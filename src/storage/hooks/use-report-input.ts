import { useLiveQuery } from 'dexie-react-hooks';
import type { ReportInput } from '../../domain/grant-report-model';
import { db } from '../db';
import { readReportInput } from '../report-queries';

/** Every record the grant report counts, read again whenever one of them changes; undefined while loading. */
export function useReportInput(): ReportInput | undefined {
  return useLiveQuery(() => readReportInput(db), []);
}
