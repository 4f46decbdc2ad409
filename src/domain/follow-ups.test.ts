import { describe, expect, it } from 'vitest';
import { memoryReader } from '../../tests/factories/memory-reader';
import { feeIdOfPlacement, programmeSettingId } from '../shared/ids';
import { addMonths, daysBetween } from './dates';
import { fiscalYearLabel, fiscalYearOf, fiscalYearRange } from './fiscal-year';
import { feeAmountFor, followUpWrites } from './follow-ups';

const settings = [
  { id: programmeSettingId(2025), fiscalYear: 2025, successFeeAmount: 100_000 },
  { id: programmeSettingId(2026), fiscalYear: 2026, successFeeAmount: 150_000 },
];

describe('follow-ups', () => {
  it('makes a 見込み company 訪問済 on its first visit, and leaves other statuses alone', async () => {
    const reader = memoryReader({ companies: [{ id: 'c1', status: 'prospect' }, { id: 'c2', status: 'host_registered' }] });
    expect(await followUpWrites({ entity: 'companyVisits', id: 'v', before: undefined, after: { companyId: 'c1' }, reader })).toEqual([
      { kind: 'patch', entity: 'companies', id: 'c1', fields: { status: 'visited' } },
    ]);
    expect(await followUpWrites({ entity: 'companyVisits', id: 'v', before: undefined, after: { companyId: 'c2' }, reader })).toEqual([]);
  });

  it('keeps the company’s next visit due equal to what its latest visit set', async () => {
    const reader = memoryReader({
      companies: [{ id: 'c', status: 'active', nextVisitDue: '2026-12-01' }],
      companyVisits: [{ id: 'old', companyId: 'c', date: '2026-11-01', nextVisitDate: '2026-12-01' }],
    });
    const visit = { companyId: 'c', date: '2026-12-05', nextVisitDate: '2027-01-10' };
    expect(await followUpWrites({ entity: 'companyVisits', id: 'new', before: undefined, after: visit, reader })).toEqual([
      { kind: 'patch', entity: 'companies', id: 'c', fields: { nextVisitDue: '2027-01-10' } },
    ]);
    // An older visit logged late does not move it back.
    const late = { companyId: 'c', date: '2026-10-01', nextVisitDate: '2026-10-20' };
    expect(await followUpWrites({ entity: 'companyVisits', id: 'late', before: undefined, after: late, reader })).toEqual([]);
  });

  it('makes a registered host 受入中 when a trial starts, and 受入登録 again when its last running trial ends', async () => {
    const reader = memoryReader({
      companies: [{ id: 'c', status: 'host_registered' }, { id: 'busy', status: 'active' }],
      trialPlacements: [{ id: 'other', companyId: 'busy', status: 'in_trial' }],
    });
    const start = await followUpWrites({ entity: 'trialPlacements', id: 'p', before: { status: 'arranging' }, after: { companyId: 'c', status: 'in_trial' }, reader });
    expect(start).toEqual([{ kind: 'patch', entity: 'companies', id: 'c', fields: { status: 'active' } }]);
    const activeReader = memoryReader({ companies: [{ id: 'c', status: 'active' }], trialPlacements: [] });
    const end = await followUpWrites({ entity: 'trialPlacements', id: 'p', before: { status: 'in_trial' }, after: { companyId: 'c', status: 'not_hired' }, reader: activeReader });
    expect(end).toEqual([{ kind: 'patch', entity: 'companies', id: 'c', fields: { status: 'host_registered' } }]);
    const stillBusy = await followUpWrites({ entity: 'trialPlacements', id: 'p', before: { status: 'in_trial' }, after: { companyId: 'busy', status: 'withdrawn' }, reader });
    expect(stillBusy).toEqual([]);
    // A proposal at an active company does not touch it.
    expect(await followUpWrites({ entity: 'trialPlacements', id: 'new', before: undefined, after: { companyId: 'busy', status: 'proposed' }, reader })).toEqual([]);
  });

  it('creates the fee of a hire under the placement’s derived id, at the amount of the hire’s fiscal year', async () => {
    const reader = memoryReader({ companies: [], programmeSettings: settings });
    const writes = await followUpWrites({ entity: 'trialPlacements', id: 'p', before: { status: 'in_trial' }, after: { companyId: 'c', status: 'hired', hiredOn: '2026-04-01' }, reader });
    expect(writes).toEqual([
      { kind: 'create', entity: 'successFees', id: feeIdOfPlacement('p'), fields: { placementId: 'p', amount: 150_000, status: 'not_invoiced', invoicedOn: '', paidOn: '', note: '' } },
    ]);
  });

  it('takes the fee amount of the latest earlier year when the hire’s year has no settings, else 0', async () => {
    const reader = memoryReader({ programmeSettings: settings });
    expect(await feeAmountFor('2026-03-31', reader)).toBe(100_000);
    expect(await feeAmountFor('2028-05-01', reader)).toBe(150_000);
    expect(await feeAmountFor('2025-01-10', reader)).toBe(0);
  });
});

describe('fiscal years and months', () => {
  it('runs April to March and is named in 令和 (2019 = 元年)', () => {
    expect([fiscalYearOf('2026-03-31'), fiscalYearOf('2026-04-01'), fiscalYearOf('2027-01-15')]).toEqual([2025, 2026, 2026]);
    expect(fiscalYearRange(2026)).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect([fiscalYearLabel(2020, 'ja'), fiscalYearLabel(2019, 'ja'), fiscalYearLabel(2026, 'en')]).toEqual(['令和2年度', '令和元年度', 'FY2026 (Reiwa 8)']);
  });

  it('adds months landing on the month’s last day when the day does not exist, across years and leap years', () => {
    expect([addMonths('2026-01-31', 1), addMonths('2028-01-31', 1), addMonths('2026-11-30', 3), addMonths('2026-08-31', 6), addMonths('2026-12-05', -12)]).toEqual([
      '2026-02-28',
      '2028-02-29',
      '2027-02-28',
      '2027-02-28',
      '2025-12-05',
    ]);
    expect(daysBetween('2026-12-01', '2026-12-05')).toBe(4);
  });
});
