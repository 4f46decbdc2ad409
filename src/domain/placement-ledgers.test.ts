import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildCompany,
  buildLedgerHold,
  buildOpening,
  buildProvision,
  buildRetentionCheck,
  buildSeeker,
  buildSuccessFee,
  buildTrialPlacement,
  resetFactories,
} from '../../tests/factories';
import { withoutPersonalData } from './erasure';
import { earlyLeaveOf, ledgerFiscalYears, placementLedgers, type LedgerInput } from './placement-ledgers';
import type { Seeker } from '../shared/entities';

const empty: LedgerInput = { openings: [], companies: [], seekers: [], trialPlacements: [], provisions: [], successFees: [], retentionChecks: [], ledgerHolds: [] };

/**
 * One host, one opening received on the last day of 令和7年度 and one on the first of 令和8年度, two
 * seekers: 田中 proposed to the 令和8年度 opening and hired (無期雇用, left at the 3 month check), 鈴木
 * proposed outside any opening and not hired.
 */
function dataSet() {
  const company = buildCompany({ name: '旭川物産株式会社', postalCode: '070-0031', address: '旭川市1条通8丁目', contactPerson: '山田 花子', phone: '0166-22-1111' });
  const march = buildOpening({ companyId: company.id, jobType: '倉庫作業', receivedOn: '2026-03-31', validUntil: '2026-06-30', places: 1 });
  const april = buildOpening({ companyId: company.id, jobType: '介護補助', town: 'takasu', workplace: '鷹栖事業所', receivedOn: '2026-04-01', validUntil: '2026-07-31', closedOn: '2026-06-15', places: 2, wageUnit: 'hourly', wageAmount: 1_075 });
  const tanaka = buildSeeker({ familyName: '田中', givenName: '太郎', postalCode: '078-8341', address: '旭川市東光1条1丁目', birthDate: '1958-10-02', registeredOn: '2026-04-01', desiredIndustries: ['care_welfare'] });
  const suzuki = buildSeeker({ familyName: '鈴木', givenName: '次郎', registeredOn: '2027-03-31' });
  const hired = buildTrialPlacement({ seekerId: tanaka.id, companyId: company.id, openingId: april.id, status: 'hired', startDate: '2026-04-20', endDate: '2026-05-10', hiredOn: '2026-05-15', employmentType: 'regular' });
  const outside = buildTrialPlacement({ seekerId: suzuki.id, companyId: company.id, openingId: '', jobTitle: '清掃', status: 'not_hired', startDate: '2027-04-05', endDate: '2027-04-10' });
  const provisions = [
    buildProvision({ seekerId: tanaka.id, companyId: company.id, placementId: hired.id, date: '2026-04-10' }),
    buildProvision({ seekerId: suzuki.id, companyId: company.id, placementId: outside.id, date: '2027-03-31' }),
  ];
  const fee = buildSuccessFee({ placementId: hired.id, amount: 150_000, status: 'paid', invoicedOn: '2026-06-01', paidOn: '2026-06-20' });
  const left = buildRetentionCheck({ placementId: hired.id, milestone: '3m', date: '2026-08-15', outcome: 'left', leftReason: 'health' });
  const input: LedgerInput = {
    ...empty,
    openings: [april, march],
    companies: [company],
    seekers: [tanaka, suzuki],
    trialPlacements: [hired, outside],
    provisions,
    successFees: [fee],
    retentionChecks: [left],
  };
  return { input, company, march, april, tanaka, suzuki, hired, outside, fee };
}

beforeEach(() => resetFactories());

describe('placementLedgers: 求人管理簿', () => {
  it('lists each opening received in the year with its 紹介, and a 紹介 outside any opening under its company', () => {
    const { input, april, hired } = dataSet();
    expect(placementLedgers(input, 2026).jobs).toEqual([
      {
        openingId: april.id,
        companyName: '旭川物産株式会社',
        companyPostalCode: '070-0031',
        companyAddress: '旭川市1条通8丁目',
        contactPerson: '山田 花子',
        contactPhone: '0166-22-1111',
        receivedOn: '2026-04-01',
        validUntil: '2026-07-31',
        closedOn: '2026-06-15',
        places: 2,
        jobType: '介護補助',
        town: 'takasu',
        workplace: '鷹栖事業所',
        wageUnit: 'hourly',
        wageAmount: 1_075,
        seekerName: '田中 太郎',
        referral: { placementId: hired.id, referredOn: '2026-04-10', outcome: 'hired', hiredOn: '2026-05-15', earlyLeave: 'left' },
      },
      expect.objectContaining({ openingId: '', receivedOn: '', places: null, jobType: '清掃', seekerName: '鈴木 次郎', referral: expect.objectContaining({ referredOn: '2027-03-31', outcome: 'not_hired', hiredOn: '', earlyLeave: '' }) }),
    ]);
  });

  it('puts an opening received on 31 March in the year that ends that day, with one line and no 紹介', () => {
    const { input, march } = dataSet();
    const jobs = placementLedgers(input, 2025).jobs;
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ openingId: march.id, receivedOn: '2026-03-31', seekerName: '', referral: null });
  });

  it('leaves out deleted openings, deleted placements and student holiday stays', () => {
    const { input, april, hired } = dataSet();
    const holiday = buildTrialPlacement({ seekerId: hired.seekerId, companyId: hired.companyId, openingId: april.id, kind: 'student_holiday' });
    const gone = buildTrialPlacement({ seekerId: hired.seekerId, companyId: hired.companyId, openingId: april.id, deleted: true });
    const rows = placementLedgers({ ...input, trialPlacements: [...input.trialPlacements, holiday, gone] }, 2026).jobs;
    expect(rows.filter((r) => r.openingId === april.id)).toHaveLength(1);
    expect(placementLedgers({ ...input, openings: input.openings.map((o) => ({ ...o, deleted: true })) }, 2026).jobs.map((r) => r.openingId)).toEqual(['']);
  });

  it('dates a 紹介 without a provision record by the day the placement was written', () => {
    const { input, hired } = dataSet();
    const rows = placementLedgers({ ...input, provisions: [] }, 2026).jobs;
    expect(rows[0]?.referral?.referredOn).toBe(hired.createdAt.slice(0, 10));
  });
});

describe('placementLedgers: 求職管理簿', () => {
  it('lists each seeker registered in the year, once per 紹介 or once without', () => {
    const { input, tanaka, suzuki, hired, outside } = dataSet();
    const rows = placementLedgers(input, 2026).seekers;
    expect(rows).toEqual([
      {
        seekerId: tanaka.id,
        name: '田中 太郎',
        postalCode: '078-8341',
        address: '旭川市東光1条1丁目',
        birthDate: '1958-10-02',
        desiredIndustries: ['care_welfare'],
        registeredOn: '2026-04-01',
        deleted: false,
        companyName: '旭川物産株式会社',
        referral: { placementId: hired.id, referredOn: '2026-04-10', outcome: 'hired', hiredOn: '2026-05-15', earlyLeave: 'left' },
      },
      expect.objectContaining({ seekerId: suzuki.id, registeredOn: '2027-03-31', referral: expect.objectContaining({ placementId: outside.id }) }),
    ]);
    expect(placementLedgers(input, 2025).seekers).toEqual([]);
  });

  it("takes a deleted seeker's name, address and birth date from the ledger hold, and leaves them blank without one", () => {
    const { input, tanaka } = dataSet();
    const erased = { ...withoutPersonalData('seekers', tanaka), deleted: true } as Seeker;
    const hold = buildLedgerHold({ seekerId: tanaka.id, familyName: '田中', givenName: '太郎', postalCode: '078-8341', address: '旭川市東光1条1丁目', birthDate: '1958-10-02' });
    const kept = placementLedgers({ ...input, seekers: [erased, input.seekers[1]!], ledgerHolds: [hold] }, 2026);
    expect(kept.seekers[0]).toMatchObject({ name: '田中 太郎', address: '旭川市東光1条1丁目', birthDate: '1958-10-02', deleted: true, registeredOn: '2026-04-01' });
    expect(kept.jobs[0]?.seekerName).toBe('田中 太郎');
    expect(kept.fees[0]?.seekerName).toBe('田中 太郎');
    const purged = placementLedgers({ ...input, seekers: [erased, input.seekers[1]!] }, 2026);
    expect(purged.seekers[0]).toMatchObject({ name: '', address: '', birthDate: '', deleted: true });
  });
});

describe('placementLedgers: 手数料管理簿', () => {
  it("lists the fees of the year's hires with the company, the amount, the day paid and the person hired", () => {
    const { input, fee } = dataSet();
    expect(placementLedgers(input, 2026).fees).toEqual([
      { feeId: fee.id, companyName: '旭川物産株式会社', amount: 150_000, paidOn: '2026-06-20', invoicedOn: '2026-06-01', status: 'paid', seekerName: '田中 太郎', hiredOn: '2026-05-15' },
    ]);
    expect(placementLedgers(input, 2025).fees).toEqual([]);
    expect(placementLedgers({ ...input, successFees: [{ ...fee, deleted: true }] }, 2026).fees).toEqual([]);
  });
});

describe('earlyLeaveOf', () => {
  const hire = (employmentType: 'regular' | 'contract') => buildTrialPlacement({ status: 'hired', hiredOn: '2026-05-15', startDate: '2026-04-20', endDate: '2026-05-10', employmentType });

  it('is blank for a hire that is not 無期雇用', () => {
    expect(earlyLeaveOf(hire('contract'), [buildRetentionCheck({ outcome: 'left', leftReason: 'health' })])).toBe('');
  });

  it('is unconfirmed until the 6 month check, and stayed once it finds the person employed', () => {
    const p = hire('regular');
    expect(earlyLeaveOf(p, [buildRetentionCheck({ placementId: p.id, milestone: '3m', outcome: 'employed' })])).toBe('unconfirmed');
    expect(earlyLeaveOf(p, [buildRetentionCheck({ placementId: p.id, milestone: '6m', outcome: 'employed' })])).toBe('stayed');
  });
});

describe('ledgerFiscalYears', () => {
  it("offers every year with a line, newest first, and today's year even when empty", () => {
    const { input } = dataSet();
    expect(ledgerFiscalYears(input, '2028-05-01')).toEqual([2028, 2026, 2025]);
    expect(ledgerFiscalYears(empty, '2026-12-05')).toEqual([2026]);
  });
});
