import { describe, expect, it } from 'vitest';
import { deviceDbs } from '../../tests/setup/device-dbs';
import {
  buildCheckIn,
  buildCompany,
  buildCompanyVisit,
  buildRetentionCheck,
  buildSeeker,
  buildSuccessFee,
  buildTrialPlacement,
} from '../../tests/factories';
import { feeIdOfPlacement } from '../shared/ids';
import { dayList } from './day-list-queries';
import { withSearchFields } from './search-fields';

const openDb = deviceDbs('day-list');
const TODAY = '2026-06-10';

describe('dayList', () => {
  it('names the company and the seeker of each item', async () => {
    const db = openDb();
    const seeker = buildSeeker({ familyName: '北野', givenName: '美咲' });
    const company = buildCompany({ name: '旭川ケアセンター', status: 'active', nextVisitDue: '2026-06-20' });
    const trial = buildTrialPlacement({
      companyId: company.id,
      seekerId: seeker.id,
      status: 'in_trial',
      startDate: '2026-06-01',
      endDate: '2026-06-30',
      hiredOn: '',
    });
    await db.seekers.put(withSearchFields('seekers', seeker));
    await db.companies.put(withSearchFields('companies', company));
    await db.trialPlacements.put(withSearchFields('trialPlacements', trial));
    const items = await dayList(db, TODAY, null);
    expect(items.map((i) => [i.kind, i.companyName, i.seekerName])).toEqual([
      ['check_in', '旭川ケアセンター', '北野 美咲'],
    ]);
  });

  it('ignores what an ended trial left behind', async () => {
    const db = openDb();
    const ended = buildTrialPlacement({
      status: 'not_hired',
      startDate: '2026-05-01',
      endDate: '2026-05-20',
      hiredOn: '',
      endReason: 'skills_mismatch',
    });
    await db.trialPlacements.put(withSearchFields('trialPlacements', ended));
    await db.checkIns.put(withSearchFields('checkIns', buildCheckIn({ placementId: ended.id, date: '2026-05-10' })));
    expect(await dayList(db, TODAY, null)).toEqual([]);
  });

  it('answers at the programme’s volumes: 500 companies, 5,000 visits, 3,000 placements with their check-ins', async () => {
    const db = openDb();
    const companies = Array.from({ length: 500 }, (_, i) =>
      buildCompany({
        status: i % 10 === 0 ? 'dormant' : 'active',
        nextVisitDue: i % 7 === 0 ? '2026-06-05' : '2026-09-01',
      }),
    );
    const visits = Array.from({ length: 5_000 }, (_, i) =>
      buildCompanyVisit({ companyId: companies[i % 500]!.id, date: '2026-03-01', nextVisitDate: '' }),
    );
    const statuses = ['hired', 'not_hired', 'withdrawn', 'hired', 'not_hired', 'in_trial'] as const;
    const placements = Array.from({ length: 3_000 }, (_, i) => {
      const status = statuses[i % statuses.length]!;
      const hired = status === 'hired';
      return buildTrialPlacement({
        companyId: companies[i % 500]!.id,
        status,
        startDate: '2026-04-01',
        endDate: status === 'in_trial' ? '2026-06-30' : '2026-04-30',
        hiredOn: hired ? '2026-05-01' : '',
        ...(hired ? { employmentType: 'regular' as const } : {}),
        ...(status === 'not_hired' || status === 'withdrawn' ? { endReason: 'other' as const } : {}),
      });
    });
    const fees = placements
      .filter((p) => p.status === 'hired')
      .map((p) =>
        buildSuccessFee({
          id: feeIdOfPlacement(p.id),
          placementId: p.id,
          status: 'not_invoiced',
          invoicedOn: '',
          paidOn: '',
        }),
      );
    // Two check-ins per trial over the years, a 1-month retention check per hire.
    const checkIns = placements.flatMap((p) => [
      buildCheckIn({ placementId: p.id, date: '2026-04-08' }),
      buildCheckIn({ placementId: p.id, date: '2026-04-15' }),
    ]);
    const retention = placements
      .filter((p) => p.status === 'hired')
      .map((p) => buildRetentionCheck({ placementId: p.id, milestone: '1m', date: '2026-06-01' }));
    await db.checkIns.bulkPut(checkIns.map((c) => withSearchFields('checkIns', c)));
    await db.retentionChecks.bulkPut(retention.map((r) => withSearchFields('retentionChecks', r)));
    await db.companies.bulkPut(companies.map((c) => withSearchFields('companies', c)));
    await db.companyVisits.bulkPut(visits.map((v) => withSearchFields('companyVisits', v)));
    await db.trialPlacements.bulkPut(placements.map((p) => withSearchFields('trialPlacements', p)));
    await db.successFees.bulkPut(fees.map((f) => withSearchFields('successFees', f)));

    const started = performance.now();
    const items = await dayList(db, TODAY, null);
    const took = performance.now() - started;
    console.log(
      `day list over 500 companies / 5,000 visits / 3,000 placements (fake-indexeddb): ${took.toFixed(0)} ms, ${items.length} items`,
    );
    expect(items.filter((i) => i.kind === 'visit')).toHaveLength(
      companies.filter((c) => c.status !== 'dormant' && c.nextVisitDue === '2026-06-05').length,
    );
    expect(items.filter((i) => i.kind === 'fee_invoice')).toHaveLength(fees.length);
    // fake-indexeddb is many times slower than a browser's IndexedDB; this only catches a query gone quadratic.
    expect(took).toBeLessThan(5_000);
  }, 60_000);
});
