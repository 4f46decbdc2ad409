/**
 * The fiscal years the grant report offers: every year some record of the programme falls in (a seeker
 * registered, a visit, a trial started or hired, an internship programme), and the current one even when
 * it has no record yet. Newest first: the year being reported is usually this one or the last.
 */
import { fiscalYearOf } from './fiscal-year';
import type { ReportRecords } from './grant-report-model';

type YearSources = Pick<ReportRecords, 'seekers' | 'companyVisits' | 'trialPlacements' | 'internshipProgrammes'>;

export function reportFiscalYears(input: YearSources, today: string): number[] {
  const years = new Set([fiscalYearOf(today)]);
  const addDay = (day: string) => {
    if (day) years.add(fiscalYearOf(day));
  };
  // A deleted seeker's registration still happened (it counts in the report), so tombstones give a year too.
  for (const s of input.seekers) addDay(s.registeredOn);
  for (const v of input.companyVisits) if (!v.deleted) addDay(v.date);
  for (const p of input.trialPlacements) {
    if (p.deleted) continue;
    addDay(p.startDate);
    addDay(p.hiredOn);
  }
  for (const p of input.internshipProgrammes) if (!p.deleted) years.add(p.fiscalYear);
  return [...years].sort((a, b) => b - a);
}
