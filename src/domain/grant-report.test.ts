import { describe, expect, it } from 'vitest';
import { REPORT_TODAY, reportDataSet } from '../../tests/factories/report-data-set';
import { buildRetentionCheck, buildSeeker, buildTrialPlacement } from '../../tests/factories';
import { computeGrantReport, prepareReport, reportPeriod } from './grant-report';
import { KPI_KEYS, type GrantReport, type KpiKey, type ReportFilter, type ReportInput } from './grant-report-model';

// Every number below is worked out by hand from tests/factories/report-data-set.ts (FY2026 = 2026-04-01 …
// 2027-03-31, looked at on 2026-12-20 unless a test says otherwise).
const { input, names } = reportDataSet();
const prepared = prepareReport(input);
const report = (filter: Partial<ReportFilter> = {}, today = REPORT_TODAY) =>
  computeGrantReport(prepared, { fiscalYear: 2026, month: null, town: null, ageGroup: null, ...filter }, today);

const counted = (r: GrantReport, key: KpiKey) => names(r.kpis[key].ids);
const rate = (r: GrantReport, key: KpiKey) => {
  const k = r.kpis[key];
  return {
    value: k.value,
    numerator: k.numerator,
    denominator: k.denominator,
    ids: names(k.ids),
    denominatorIds: names(k.denominatorIds ?? []),
  };
};
const rows = (r: GrantReport, key: string) =>
  Object.fromEntries(r.breakdowns.find((b) => b.key === key)!.rows.map((row) => [row.key, Object.values(row.values)]));

describe('reportPeriod', () => {
  it('is the fiscal year, or one month of it (January to March in the next calendar year)', () => {
    expect(reportPeriod({ fiscalYear: 2026, month: null })).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(reportPeriod({ fiscalYear: 2026, month: 4 })).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    expect(reportPeriod({ fiscalYear: 2026, month: 2 })).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(reportPeriod({ fiscalYear: 2027, month: 2 })).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });
});

describe('computeGrantReport: the whole fiscal year 2026', () => {
  const r = report();

  it('returns every KPI once, with its period', () => {
    expect(Object.keys(r.kpis).sort()).toEqual([...KPI_KEYS].sort());
    expect([r.from, r.to]).toEqual(['2026-04-01', '2027-03-31']);
    for (const key of KPI_KEYS)
      if (r.kpis[key].unit === 'count') expect(r.kpis[key].value, key).toBe(r.kpis[key].ids.length);
  });

  it('counts seekers registered in the year (1 April in, 31 March out; the deleted seeker too)', () => {
    expect(counted(r, 'seekersNew')).toEqual(['S2-apr01', 'S3-apr30', 'S4-may01-senior', 'S5-turns60', 'S6-deleted']);
  });

  it('counts as active the seekers registered by today and not closed before 1 April (Japan day of the close)', () => {
    expect(counted(r, 'seekersActive')).toEqual([
      'S1-mar31',
      'S2-apr01',
      'S3-apr30',
      'S4-may01-senior',
      'S5-turns60',
      'S6-deleted',
      'S8-closed-apr01',
    ]);
  });

  it('counts companies visited and visits made, leaving out a deleted visit and a deleted company’s visit', () => {
    expect(counted(r, 'visitsMade')).toEqual(['V1-apr30', 'V2-may01', 'V4-jul07']);
    expect(counted(r, 'companiesVisited')).toEqual(['C1-asahikawa-host', 'C3-higashikawa-visited']);
  });

  it('counts hosts recruited by the Japan day of the move to 受入登録, or of the creation without history', () => {
    expect(counted(r, 'hostsRecruited')).toEqual(['C1-asahikawa-host', 'C2-biei-host']);
  });

  it('counts trials that ran: not a withdrawal before the start, a proposal, a deleted trial or a holiday stay', () => {
    expect(counted(r, 'trialsStarted')).toEqual([
      'P1-hired-local',
      'P12-not-hired-no-history',
      'P2-hired-turns60',
      'P3-hired-deleted-seeker',
      'P4-not-hired',
      'P5-withdrawn-in-trial',
      'P7-in-trial',
    ]);
    expect(counted(r, 'trialsInProgress')).toEqual(['P7-in-trial']);
    expect(counted(r, 'trialsEnded')).toEqual([
      'P1-hired-local',
      'P12-not-hired-no-history',
      'P2-hired-turns60',
      'P3-hired-deleted-seeker',
      'P4-not-hired',
      'P5-withdrawn-in-trial',
    ]);
  });

  it('counts hires in the year (the deleted seeker’s included, 31 March’s not) and their rates', () => {
    expect(counted(r, 'hires')).toEqual(['P1-hired-local', 'P2-hired-turns60', 'P3-hired-deleted-seeker']);
    expect(rate(r, 'trialToHireRate')).toEqual({
      value: 0.5,
      numerator: 3,
      denominator: 6,
      ids: ['P1-hired-local', 'P2-hired-turns60', 'P3-hired-deleted-seeker'],
      denominatorIds: counted(r, 'trialsEnded'),
    });
    // P2: a seeker of 旭川市 at a company of 美瑛町.
    expect(rate(r, 'localHireRate')).toEqual({
      value: 2 / 3,
      numerator: 2,
      denominator: 3,
      ids: ['P1-hired-local', 'P3-hired-deleted-seeker'],
      denominatorIds: ['P1-hired-local', 'P2-hired-turns60', 'P3-hired-deleted-seeker'],
    });
  });

  it('takes retention over the hires whose milestone has come, by each one’s latest check', () => {
    // 3m: P1 (1 Aug) and P3 (10 Dec) have reached it, P2 (1 Jan) has not; P1's latest check: employed; P3's: unknown.
    expect(rate(r, 'retention3m')).toEqual({
      value: 1,
      numerator: 1,
      denominator: 1,
      ids: ['P1-hired-local'],
      denominatorIds: ['P1-hired-local'],
    });
    // 6m: only P1 (1 Nov), who has left.
    expect(rate(r, 'retention6m')).toEqual({
      value: 0,
      numerator: 0,
      denominator: 1,
      ids: [],
      denominatorIds: ['P1-hired-local'],
    });
    expect(rows(r, 'retention')).toEqual({ '3m': [2, 1, 1, 0, 1], '6m': [1, 1, 0, 1, 0] });
    expect(r.breakdowns.find((b) => b.key === 'retention')!.columns).toEqual([
      'cohort',
      'checked',
      'employed',
      'left',
      'unchecked',
    ]);
  });

  it('takes the median days from registration to hire (the deleted seeker’s from the tombstone)', () => {
    // P1: 1 Apr → 1 May = 30; P2: 10 Jun → 1 Oct = 113; P3: 21 May → 10 Sep = 112.
    expect(r.kpis.medianDaysToHire.value).toBe(112);
    expect(counted(r, 'medianDaysToHire')).toEqual(counted(r, 'hires'));
  });

  it('counts the university student’s holiday stay only as a stay', () => {
    expect(counted(r, 'universityStays')).toEqual(['P11-student-holiday']);
  });

  it('adds up fees earned (by hire), invoiced and paid, leaving out deleted fees and a deleted placement’s', () => {
    expect([r.kpis.feesEarned.value, counted(r, 'feesEarned')]).toEqual([
      450_000,
      ['F1-P1-paid', 'F2-P2-invoiced', 'F3-P3-not-invoiced'],
    ]);
    expect([r.kpis.feesInvoiced.value, counted(r, 'feesInvoiced')]).toEqual([
      420_000,
      ['F1-P1-paid', 'F2-P2-invoiced', 'F4-P10-paid-apr30'],
    ]);
    expect([r.kpis.feesPaid.value, counted(r, 'feesPaid')]).toEqual([270_000, ['F1-P1-paid', 'F4-P10-paid-apr30']]);
    expect(r.kpis.feeShareOfCost).toMatchObject({ value: 0.01, numerator: 270_000, denominator: 27_000_000 });
    expect(names(r.kpis.feeShareOfCost.ids)).toEqual(['F1-P1-paid', 'F4-P10-paid-apr30']);
  });

  it('counts the schools and students of the year’s sessions, and the attendance rate per kind of session', () => {
    expect(counted(r, 'schools')).toEqual(['SchA-asahikawa', 'SchB-biei']);
    expect(counted(r, 'studentsPreLearning')).toEqual(['st1', 'st5', 'st6']);
    expect(counted(r, 'studentsInternship')).toEqual(['st1', 'st2']);
    expect(counted(r, 'studentsPostLearning')).toEqual(['st1', 'st2']);
    // 公欠 and a cleared mark count neither way; the deleted student's, session's, school's and mark's not at all.
    expect(rate(r, 'attendanceRatePreLearning')).toEqual({
      value: 0.75,
      numerator: 3,
      denominator: 4,
      ids: ['st1', 'st5', 'st6'],
      denominatorIds: ['st1', 'st2', 'st5', 'st6'],
    });
    expect(rate(r, 'attendanceRateInternship')).toEqual({
      value: 0.5,
      numerator: 2,
      denominator: 4,
      ids: ['st1', 'st2'],
      denominatorIds: ['st1', 'st2', 'st3', 'st5'],
    });
    expect(rate(r, 'attendanceRatePostLearning')).toMatchObject({ value: 1, numerator: 2, denominator: 2 });
    expect(rows(r, 'internshipsBySessionKind')).toEqual({
      pre_learning: [2, 3, 0.75],
      internship: [2, 2, 0.5],
      post_learning: [1, 2, 1],
    });
  });

  it('takes the interest shift over the year’s career plans with both answers', () => {
    // before 2, 3, 4, 3 (mean 3) → after 4, 3, 3, 4 (mean 3.5).
    expect(rate(r, 'interestShift')).toEqual({
      value: 0.5,
      numerator: 2,
      denominator: 4,
      ids: ['CP1-rose', 'CP6-rose'],
      denominatorIds: ['CP1-rose', 'CP2-same', 'CP3-fell', 'CP6-rose'],
    });
  });

  it('breaks seekers down by town, age group (on the day counted) and gender', () => {
    expect(rows(r, 'seekersByTown')).toEqual({
      asahikawa: [2, 3],
      takasu: [0, 0],
      higashikagura: [0, 0],
      toma: [0, 0],
      pippu: [0, 1],
      aibetsu: [0, 0],
      kamikawa: [0, 0],
      higashikawa: [1, 1],
      biei: [2, 2],
    });
    // Registered: S5 at 59, S6 at 59 (tombstone: 60 from 1 Sep); today S5 and S6 are 60.
    expect(rows(r, 'seekersByAgeGroup')).toEqual({ working_age: [4, 4], senior: [1, 3] });
    expect(rows(r, 'seekersByGender')).toEqual({ female: [2, 4], male: [2, 2], other: [0, 0], unanswered: [1, 1] });
  });

  it('breaks trials, hires and visits down by month, April first', () => {
    expect(rows(r, 'monthly')).toEqual({
      '2026-04': [2, 0, 1],
      '2026-05': [0, 1, 1],
      '2026-06': [2, 0, 0],
      '2026-07': [0, 0, 1],
      '2026-08': [1, 0, 0],
      '2026-09': [0, 1, 0],
      '2026-10': [1, 1, 0],
      '2026-11': [0, 0, 0],
      '2026-12': [1, 0, 0],
      '2027-01': [0, 0, 0],
      '2027-02': [0, 0, 0],
      '2027-03': [0, 0, 0],
    });
  });

  it('breaks the hire rates down by the seeker’s town', () => {
    const byTown = rows(r, 'ratesByTown');
    expect(byTown['asahikawa']).toEqual([2, 2, 1, 0.5]);
    expect(byTown['biei']).toEqual([3, 0, 0, null]);
    expect(byTown['higashikawa']).toEqual([1, 1, 1, 1]);
    expect(byTown['toma']).toEqual([0, 0, null, null]);
  });
});

describe('computeGrantReport: filters', () => {
  it('follows the seeker’s town for seekers, trials and fees, the company’s for visits, the school’s for internships', () => {
    const r = report({ town: 'asahikawa' });
    expect(counted(r, 'seekersNew')).toEqual(['S2-apr01', 'S5-turns60']);
    expect(counted(r, 'seekersActive')).toEqual(['S1-mar31', 'S2-apr01', 'S5-turns60']);
    expect(counted(r, 'visitsMade')).toEqual(['V1-apr30', 'V2-may01']);
    expect(counted(r, 'hostsRecruited')).toEqual(['C1-asahikawa-host']);
    expect(counted(r, 'trialsStarted')).toEqual(['P1-hired-local', 'P2-hired-turns60', 'P7-in-trial']);
    expect(rate(r, 'trialToHireRate')).toMatchObject({ value: 1, numerator: 2, denominator: 2 });
    expect(rate(r, 'localHireRate')).toMatchObject({ value: 0.5, ids: ['P1-hired-local'] });
    // An even count: the mean of 30 and 113.
    expect(r.kpis.medianDaysToHire.value).toBe(71.5);
    expect([r.kpis.feesEarned.value, r.kpis.feesInvoiced.value, r.kpis.feesPaid.value]).toEqual([
      300_000, 420_000, 270_000,
    ]);
    // That town's paid fees over the whole year's cost.
    expect(r.kpis.feeShareOfCost.value).toBe(0.01);
    expect(counted(r, 'schools')).toEqual(['SchA-asahikawa']);
    expect(counted(r, 'studentsPreLearning')).toEqual(['st1']);
    expect(rate(r, 'interestShift')).toMatchObject({ value: 1, numerator: 1, denominator: 2 });
    expect(counted(r, 'universityStays')).toEqual(['P11-student-holiday']);
    // The by-town tables lift the town filter: their row for the town is the KPI.
    expect(rows(r, 'seekersByTown')['biei']).toEqual([2, 2]);
    expect(rows(r, 'seekersByAgeGroup')).toEqual({ working_age: [2, 2], senior: [0, 1] });
  });

  it('takes the age group on the day counted: a trial on its start, a hire on its day, an active seeker today', () => {
    const senior = report({ ageGroup: 'senior' });
    expect(counted(senior, 'seekersNew')).toEqual(['S4-may01-senior']);
    expect(counted(senior, 'seekersActive')).toEqual(['S4-may01-senior', 'S5-turns60', 'S6-deleted']);
    // S5 started at 59 and was hired at 60; the deleted seeker's tombstone (born 1 Sep 1966) is 60 at the hire on 10 Sep.
    expect(counted(senior, 'trialsStarted')).toEqual(['P5-withdrawn-in-trial']);
    expect(counted(senior, 'hires')).toEqual(['P2-hired-turns60', 'P3-hired-deleted-seeker']);
    expect(counted(senior, 'feesEarned')).toEqual(['F2-P2-invoiced', 'F3-P3-not-invoiced']);
    const working = report({ ageGroup: 'working_age' });
    expect(counted(working, 'trialsStarted')).toContain('P2-hired-turns60');
    expect(counted(working, 'hires')).toEqual(['P1-hired-local']);
  });

  it('makes a seeker a senior on their 60th birthday, not the day before', () => {
    expect(counted(report({ ageGroup: 'senior' }, '2026-08-15'), 'seekersActive')).toContain('S5-turns60');
    expect(counted(report({ ageGroup: 'senior' }, '2026-08-14'), 'seekersActive')).not.toContain('S5-turns60');
  });

  it('leaves companies and internships out of the age-group filter', () => {
    const senior = report({ ageGroup: 'senior' });
    expect(counted(senior, 'visitsMade')).toEqual(['V1-apr30', 'V2-may01', 'V4-jul07']);
    expect(counted(senior, 'studentsPreLearning')).toEqual(['st1', 'st5', 'st6']);
  });

  it('takes April alone: 30 April in, 1 May out, and figures about "now" as of 30 April', () => {
    const april = report({ month: 4 });
    expect([april.from, april.to]).toEqual(['2026-04-01', '2026-04-30']);
    expect(counted(april, 'seekersNew')).toEqual(['S2-apr01', 'S3-apr30']);
    expect(counted(april, 'seekersActive')).toEqual(['S1-mar31', 'S2-apr01', 'S3-apr30', 'S8-closed-apr01']);
    expect(counted(april, 'visitsMade')).toEqual(['V1-apr30']);
    expect(counted(april, 'hostsRecruited')).toEqual(['C1-asahikawa-host', 'C2-biei-host']);
    expect(counted(april, 'trialsStarted')).toEqual(['P1-hired-local', 'P4-not-hired']);
    expect(counted(april, 'trialsInProgress')).toEqual(['P1-hired-local', 'P4-not-hired']);
    expect(counted(april, 'trialsEnded')).toEqual([]);
    expect(april.kpis.trialToHireRate.value).toBeNull();
    expect(april.kpis.localHireRate.value).toBeNull();
    expect(april.kpis.medianDaysToHire.value).toBeNull();
    expect([april.kpis.feesEarned.value, april.kpis.feesInvoiced.value, april.kpis.feesPaid.value]).toEqual([
      0, 120_000, 120_000,
    ]);
    expect(counted(april, 'schools')).toEqual(['SchB-biei']);
    expect(rate(april, 'attendanceRateInternship')).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
    expect(april.kpis.attendanceRatePreLearning.value).toBeNull();
    // The month filter leaves the interest shift (a career plan has no date) and the monthly table alone.
    expect(april.kpis.interestShift.value).toBe(0.5);
    expect(rows(april, 'monthly')).toEqual(rows(report(), 'monthly'));
  });

  it('takes May alone: 1 May in, and the seeker closed on 1 April no longer active', () => {
    const may = report({ month: 5 });
    expect(counted(may, 'seekersNew')).toEqual(['S4-may01-senior', 'S6-deleted']);
    expect(counted(may, 'seekersActive')).toEqual([
      'S1-mar31',
      'S2-apr01',
      'S3-apr30',
      'S4-may01-senior',
      'S6-deleted',
    ]);
    expect(counted(may, 'visitsMade')).toEqual(['V2-may01']);
    expect(counted(may, 'trialsEnded')).toEqual(['P1-hired-local', 'P4-not-hired']);
    expect(counted(may, 'trialsInProgress')).toEqual([]);
    expect(rate(may, 'trialToHireRate')).toMatchObject({ value: 0.5, ids: ['P1-hired-local'] });
    expect([may.kpis.feesEarned.value, may.kpis.feesInvoiced.value, may.kpis.feesPaid.value]).toEqual([
      150_000, 150_000, 0,
    ]);
    expect(counted(may, 'studentsPreLearning')).toEqual(['st1', 'st5', 'st6']);
  });

  it('puts 31 March in the year before', () => {
    const r = report({ fiscalYear: 2025 });
    expect(counted(r, 'seekersNew')).toEqual([
      'S1-mar31',
      'S7-closed-mar15',
      'S8-closed-apr01',
      'S9-closed-no-history',
    ]);
    expect(counted(r, 'hires')).toEqual(['P10-hired-mar31']);
    expect(counted(r, 'hostsRecruited')).toEqual(['C5-toma-host-mar31']);
    expect(counted(r, 'visitsMade')).toEqual(['V3-mar31']);
    expect([r.kpis.feesEarned.value, r.kpis.feesPaid.value]).toEqual([120_000, 0]);
    expect(r.kpis.feeShareOfCost).toMatchObject({ value: 0, denominator: 25_000_000 });
    // P10's milestones have come (30 Jun, 30 Sep) but nobody checked.
    expect(rows(r, 'retention')).toEqual({ '3m': [1, 0, 0, 0, 1], '6m': [1, 0, 0, 0, 1] });
    expect(r.kpis.retention3m.value).toBeNull();
    // Its pre-learning on 31 March belongs to the 2025 programme.
    expect(counted(r, 'studentsPreLearning')).toEqual(['st1']);
    expect(counted(r, 'interestShift')).toEqual(['CP5-last-year']);
  });

  it('has no fee share without a cost for the year', () => {
    expect(report({ fiscalYear: 2024 }).kpis.feeShareOfCost.value).toBeNull();
  });
});

describe('computeGrantReport: retention milestones at the end of a month', () => {
  // Hired on 31 Aug: 3 months later is 30 Nov, 6 months later 28 Feb (month-end clamped).
  const seeker = buildSeeker({ registeredOn: '2026-04-01' });
  const placement = buildTrialPlacement({
    seekerId: seeker.id,
    startDate: '2026-07-01',
    endDate: '2026-08-20',
    status: 'hired',
    hiredOn: '2026-08-31',
  });
  const data: ReportInput = {
    ...emptyInput(),
    seekers: [seeker],
    trialPlacements: [placement],
    retentionChecks: [
      buildRetentionCheck({ placementId: placement.id, milestone: '6m', date: '2027-02-28', outcome: 'employed' }),
    ],
  };
  const cohort = (today: string) =>
    rows(
      computeGrantReport(prepareReport(data), { fiscalYear: 2026, month: null, town: null, ageGroup: null }, today),
      'retention',
    );

  it('enters the cohort on the clamped day and not the day before', () => {
    expect(cohort('2026-11-29')['3m']![0]).toBe(0);
    expect(cohort('2026-11-30')['3m']![0]).toBe(1);
    expect(cohort('2027-02-27')['6m']).toEqual([0, 0, 0, 0, 0]);
    expect(cohort('2027-02-28')['6m']).toEqual([1, 1, 1, 0, 0]);
  });
});

describe('computeGrantReport: a placement whose seeker is not on the device', () => {
  const placement = buildTrialPlacement({
    startDate: '2026-06-01',
    endDate: '2026-06-30',
    status: 'hired',
    hiredOn: '2026-07-01',
  });
  const compute = (filter: Partial<ReportFilter>) =>
    computeGrantReport(
      prepareReport({ ...emptyInput(), trialPlacements: [placement] }),
      { fiscalYear: 2026, month: null, town: null, ageGroup: null, ...filter },
      REPORT_TODAY,
    );

  it('counts with no town or age filter, under none of them, and is neither local nor timed from registration', () => {
    const all = compute({});
    expect(all.kpis.hires.ids).toEqual([placement.id]);
    expect(all.kpis.localHireRate).toMatchObject({ numerator: 0, denominator: 1 });
    expect(all.kpis.medianDaysToHire).toMatchObject({ value: null, ids: [] });
    expect(compute({ town: 'asahikawa' }).kpis.hires.ids).toEqual([]);
    expect(compute({ ageGroup: 'working_age' }).kpis.hires.ids).toEqual([]);
  });
});

function emptyInput(): ReportInput {
  return {
    seekers: [],
    companies: [],
    companyVisits: [],
    openings: [],
    trialPlacements: [],
    successFees: [],
    retentionChecks: [],
    programmeSettings: [],
    statusChanges: [],
    schools: [],
    students: [],
    internshipProgrammes: [],
    programmeSessions: [],
    programmeParticipants: [],
    internships: [],
    attendance: [],
    careerPlans: [],
  };
}
