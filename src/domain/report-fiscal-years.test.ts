import { describe, expect, it } from 'vitest';
import { buildCompanyVisit, buildInternshipProgramme, buildSeeker, buildTrialPlacement } from '../../tests/factories';
import { reportFiscalYears } from './report-fiscal-years';

const none = { seekers: [], companyVisits: [], trialPlacements: [], internshipProgrammes: [] };

describe('reportFiscalYears', () => {
  it('offers the current fiscal year when there is no record at all', () => {
    expect(reportFiscalYears(none, '2027-03-31')).toEqual([2026]);
  });

  it('offers every year a record falls in, newest first, March in the year before', () => {
    const years = reportFiscalYears(
      {
        ...none,
        seekers: [buildSeeker({ registeredOn: '2024-03-31' })],
        companyVisits: [buildCompanyVisit({ date: '2024-04-01' })],
        trialPlacements: [buildTrialPlacement({ startDate: '2025-03-20', endDate: '2025-04-20', status: 'in_trial' })],
        internshipProgrammes: [buildInternshipProgramme({ fiscalYear: 2022 })],
      },
      '2026-06-01',
    );
    expect(years).toEqual([2026, 2024, 2023, 2022]);
  });

  it('counts a deleted seeker\'s registration but not a deleted visit or trial', () => {
    const years = reportFiscalYears(
      {
        ...none,
        seekers: [buildSeeker({ registeredOn: '2021-05-01', deleted: true })],
        companyVisits: [buildCompanyVisit({ date: '2020-05-01', deleted: true })],
        trialPlacements: [buildTrialPlacement({ startDate: '2019-05-01', endDate: '2019-05-20', status: 'in_trial', deleted: true })],
      },
      '2026-06-01',
    );
    expect(years).toEqual([2026, 2021]);
  });

  it('adds the year of a hire that falls after the trial\'s year', () => {
    const trial = buildTrialPlacement({ startDate: '2025-03-01', endDate: '2025-03-31', status: 'hired', hiredOn: '2025-04-02', employmentType: 'regular' });
    expect(reportFiscalYears({ ...none, trialPlacements: [trial] }, '2025-06-01')).toEqual([2025, 2024]);
  });
});
