import { describe, expect, it } from 'vitest';
import { buildCompany, buildCompanyVisit, buildSeeker, buildTrialPlacement } from '../../../tests/factories';
import type { Kpi } from '../../domain/grant-report-model';
import { kpiRecordRows } from './kpi-records';
import { reportInput as input, reportWords } from './report-test-support';

const words = reportWords('ja');

const count = (entity: Kpi['entity'], ids: string[]): Kpi => ({ key: 'seekersNew', section: 'seekers', unit: 'count', value: ids.length, entity, ids });

describe('the records behind a figure', () => {
  it('lists seekers by name with a link to each, a deleted one as such and without a link, in date order', () => {
    const kept = buildSeeker({ familyName: '北野', givenName: '遥', registeredOn: '2026-05-02' });
    const gone = buildSeeker({ registeredOn: '2026-04-10', deleted: true });
    const rows = kpiRecordRows(count('seekers', [kept.id, gone.id]), input({ seekers: [kept, gone] }), words);
    expect(rows.map((r) => [r.title, r.href])).toEqual([
      ['削除済みの求職者', null],
      ['北野 遥', `/seekers/${kept.id}`],
    ]);
    expect(rows[1]!.meta).toContain('登録 2026年5月2日');
  });

  it('names a trial by its seeker and company and opens the trial; a deleted seeker\'s trial still opens', () => {
    const seeker = buildSeeker({ deleted: true });
    const company = buildCompany({ name: '大雪木工' });
    const trial = buildTrialPlacement({ seekerId: seeker.id, companyId: company.id, status: 'in_trial' });
    const [row] = kpiRecordRows(count('trialPlacements', [trial.id]), input({ seekers: [seeker], companies: [company], trialPlacements: [trial] }), words);
    expect(row).toMatchObject({ title: '削除済みの求職者 / 大雪木工', href: `/placements/${trial.id}`, inNumerator: null });
  });

  it('opens a visit on its company\'s page (a visit has none of its own)', () => {
    const company = buildCompany({ name: '大雪木工' });
    const visit = buildCompanyVisit({ companyId: company.id, date: '2026-06-01' });
    const [row] = kpiRecordRows(count('companyVisits', [visit.id]), input({ companies: [company], companyVisits: [visit] }), words);
    expect(row).toMatchObject({ title: '大雪木工への訪問', href: `/companies/${company.id}` });
  });

  it('lists the whole denominator of a rate, each marked in or out of the numerator', () => {
    const company = buildCompany();
    const [a, b] = [buildTrialPlacement({ companyId: company.id, status: 'in_trial', startDate: '2026-05-01', endDate: '2026-05-30' }), buildTrialPlacement({ companyId: company.id, status: 'in_trial', startDate: '2026-06-01', endDate: '2026-06-30' })];
    const rate: Kpi = { key: 'trialToHireRate', section: 'trials', unit: 'rate', value: 0.5, numerator: 1, denominator: 2, entity: 'trialPlacements', ids: [b!.id], denominatorIds: [a!.id, b!.id] };
    const rows = kpiRecordRows(rate, input({ companies: [company], trialPlacements: [a!, b!] }), words);
    expect(rows.map((r) => [r.id, r.inNumerator])).toEqual([
      [a!.id, false],
      [b!.id, true],
    ]);
  });
});
