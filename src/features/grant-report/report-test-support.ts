/** For the feature's unit tests: the report's words outside React, and a report input with nothing in it but what a test adds. */
import type { ReportInput } from '../../domain/grant-report-model';
import { translate, type Lang } from '../../lib/i18n/i18n';
import { translateReport } from './messages';
import type { ReportWords } from './report-labels';

export const reportWords = (lang: Lang): ReportWords => ({ lang, t: (key, vars) => translate(lang, key, vars), tf: (key, vars) => translateReport(lang, key, vars) });

export const reportInput = (parts: Partial<ReportInput> = {}): ReportInput => ({
  seekers: [], companies: [], companyVisits: [], openings: [], trialPlacements: [], successFees: [], retentionChecks: [],
  programmeSettings: [], statusChanges: [], schools: [], students: [], internshipProgrammes: [], programmeSessions: [],
  programmeParticipants: [], internships: [], attendance: [], careerPlans: [], ...parts,
});
