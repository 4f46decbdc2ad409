import { beforeEach, describe, expect, it } from 'vitest';
import { buildCompany, buildOpening, buildTrialPlacement } from '../../tests/factories';
import { deviceDbs } from '../../tests/setup/device-dbs';
import type { FieldDb } from './db';
import { companyOpenings, openOpenings } from './opening-queries';
import { withSearchFields } from './search-fields';

describe('opening queries', () => {
  const newDb = deviceDbs('openings');
  let db: FieldDb;
  beforeEach(() => {
    db = newDb();
  });

  async function seed() {
    const company = buildCompany({ name: '当麻精工' });
    const open = buildOpening({ companyId: company.id, places: 2, receivedOn: '2026-05-01', validUntil: '2026-07-31' });
    const expired = buildOpening({ companyId: company.id, places: 1, receivedOn: '2026-01-10', validUntil: '2026-04-10' });
    const other = buildOpening({ places: 3, receivedOn: '2026-05-01', validUntil: '2026-08-31' });
    await db.companies.put(withSearchFields('companies', company));
    await db.openings.bulkPut([open, expired, other]);
    await db.trialPlacements.bulkPut([
      buildTrialPlacement({ companyId: company.id, openingId: open.id, status: 'in_trial' }),
      buildTrialPlacement({ companyId: company.id, openingId: open.id, status: 'not_hired' }),
      { ...buildTrialPlacement({ companyId: company.id, openingId: open.id, status: 'proposed' }), deleted: true },
    ]);
    return { company, open, expired, other };
  }

  it("lists a company's openings open first, with the places its live placements leave", async () => {
    const { company, open, expired } = await seed();
    const rows = await companyOpenings(db, company.id, '2026-06-01');
    expect(rows.map((r) => [r.id, r.state, r.placesHeld, r.openPlaces])).toEqual([
      [open.id, 'open', 1, 1],
      [expired.id, 'expired', 0, 0],
    ]);
  });

  it("lists every open opening with its company's name, most open places first", async () => {
    const { company, open, other } = await seed();
    const rows = await openOpenings(db, '2026-06-01');
    expect(rows.map((r) => [r.id, r.openPlaces])).toEqual([
      [other.id, 3],
      [open.id, 1],
    ]);
    expect(rows[1]!.companyName).toBe(company.name);
  });
});
