import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCompany, buildConsent, buildOpening, buildSeeker, buildTrialPlacement } from '../../tests/factories';
import type { Company, Opening, Seeker } from '../shared/entities';
import { openFieldDb, type FieldDb } from './db';
import { companyCandidates, seekerSuggestions } from './matching-queries';
import { bulkLoad } from './record-repo';

const TODAY = '2026-06-01';

describe('match queries', () => {
  let db: FieldDb;
  let care: Company, shop: Company, hana: Seeker, ken: Seeker, hired: Seeker, careJob: Opening, shopJob: Opening;

  beforeEach(async () => {
    db = openFieldDb(`test-${crypto.randomUUID()}`);
    care = buildCompany({ name: '旭川ケアホーム', status: 'active', town: 'asahikawa' });
    shop = buildCompany({ name: '美瑛マート', status: 'host_registered', town: 'biei' });
    const dormant = buildCompany({ name: '休止中の会社', status: 'dormant' });
    careJob = buildOpening({ companyId: care.id, jobType: '介護補助', industry: 'care_welfare', town: 'asahikawa', places: 2, validUntil: '2026-07-31' });
    shopJob = buildOpening({ companyId: shop.id, jobType: '品出し', industry: 'retail', town: 'biei', places: 1, validUntil: '2026-07-31' });
    const dormantJob = buildOpening({ companyId: dormant.id, industry: 'care_welfare', validUntil: '2026-07-31' });
    hana = buildSeeker({ familyName: '佐藤', givenName: '花', birthDate: '1985-04-01', town: 'higashikagura', desiredIndustries: ['care_welfare'], status: 'registered' });
    ken = buildSeeker({ familyName: '高橋', givenName: '健', birthDate: '1990-02-02', town: 'asahikawa', desiredIndustries: ['care_welfare'], status: 'matching' });
    hired = buildSeeker({ birthDate: '1984-01-01', desiredIndustries: ['care_welfare'], status: 'registered' });
    await bulkLoad(db, 'companies', [care, shop, dormant]);
    await bulkLoad(db, 'openings', [careJob, shopJob, dormantJob]);
    await bulkLoad(db, 'seekers', [hana, ken, hired]);
    await bulkLoad(db, 'trialPlacements', [buildTrialPlacement({ seekerId: hired.id, companyId: care.id, openingId: '', status: 'hired', startDate: '2026-01-10', endDate: '2026-02-10' })]);
    await bulkLoad(db, 'consents', [buildConsent({ seekerId: ken.id, scope: 'named', companyIds: [care.id], date: '2026-05-01' })]);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('suggests a seeker the open openings at host companies, with names, job types and reasons', async () => {
    const { lookingForWork, suggestions } = await seekerSuggestions(db, hana, TODAY);
    expect(lookingForWork).toBe(true);
    expect(suggestions.map((s) => [s.companyName, s.jobType])).toEqual([
      ['旭川ケアホーム', '介護補助'],
      ['美瑛マート', '品出し'],
    ]);
    // The past hire at the care home was a working-age seeker, like 佐藤 花.
    expect(suggestions[0]?.reasons).toContainEqual({ kind: 'history', hired: 1, of: 1, points: 10 });
  });

  it('keeps the index between seeker pages and builds it again once an opening, company or placement is written', async () => {
    expect((await seekerSuggestions(db, hana, TODAY)).suggestions).toHaveLength(2);
    const clinic = buildCompany({ name: '東神楽クリニック', status: 'active', town: 'higashikagura' });
    await bulkLoad(db, 'companies', [clinic]);
    await bulkLoad(db, 'openings', [buildOpening({ companyId: clinic.id, jobType: '受付補助', industry: 'care_welfare', town: 'higashikagura', validUntil: '2026-07-31' })]);
    expect((await seekerSuggestions(db, hana, TODAY)).suggestions.map((s) => s.companyName)).toContain('東神楽クリニック');
    // A placement for 佐藤 花 (a write to trialPlacements) ends the suggestions: she is in a trial now.
    await bulkLoad(db, 'trialPlacements', [buildTrialPlacement({ seekerId: hana.id, companyId: clinic.id, openingId: '', status: 'in_trial', startDate: '2026-05-25', endDate: '2026-06-20' })]);
    expect((await seekerSuggestions(db, hana, TODAY)).lookingForWork).toBe(false);
  });

  it('suggests nothing to a seeker who was hired', async () => {
    expect(await seekerSuggestions(db, hired, TODAY)).toEqual({ lookingForWork: false, suggestions: [] });
  });

  it('lists the seekers who fit a company, each with whether their consent covers it', async () => {
    const candidates = await companyCandidates(db, care.id, TODAY);
    expect(candidates.map((c) => [c.seeker.familyName, c.jobType, c.reasons.at(-1)])).toEqual([
      ['高橋', '介護補助', { kind: 'consent', given: true, points: 0 }],
      ['佐藤', '介護補助', { kind: 'consent', given: false, points: 0 }],
    ]);
  });

  it('lists nobody for a company without openings', async () => {
    expect(await companyCandidates(db, 'no-such-company', TODAY)).toEqual([]);
  });
});
