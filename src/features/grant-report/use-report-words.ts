/** The report's words as one object that stays the same while the language does, for memoised work (charts, CSV, record lists). */
import { useMemo } from 'react';
import { useReportMessages } from './messages';
import type { ReportWords } from './report-labels';

export function useReportWords(): ReportWords {
  const { t, tf, lang } = useReportMessages();
  return useMemo(() => ({ t, tf, lang }), [t, tf, lang]);
}
