/**
 * The coordinator's day (domain/day-list.ts) from the device's records. Read only what can fall due:
 * open and hired placements by the status index (a programme's ended trials pile up over the years),
 * the check-ins of the running trials only, the retention checks of the hires, and the fees not yet
 * invoiced. Companies are read whole (every active company has a next visit); their visits are not: a
 * visit's save keeps the company's nextVisitDue equal to what its visits say (src/domain/follow-ups.ts),
 * and the visits outnumber the companies ten to one. Tombstones are passed on: dueItems leaves them out.
 *
 * One `equals` read per status or per running trial, not `anyOf`: anyOf walks a cursor key by key,
 * measured ~30× slower here at 3,000 placements (src/storage/day-list-queries.test.ts).
 */
import { dueItems, type DueItem } from '../domain/day-list';
import type { PlainRecord } from '../domain/rule-types';
import type { FieldDb } from './db';

/** The statuses that can still make something due: open trials (check-in, decision) and hires (retention, fee). */
const DUE_STATUSES = ['proposed', 'arranging', 'in_trial', 'hired'];

export type DayListRow = DueItem & { companyName: string; seekerName: string };

export async function dayList(db: FieldDb, today: string, userId: string | null): Promise<DayListRow[]> {
  const [companies, placements, fees] = await Promise.all([
    db.companies.toArray(),
    Promise.all(DUE_STATUSES.map((status) => db.trialPlacements.where('status').equals(status).toArray())).then(
      (lists) => lists.flat(),
    ),
    db.successFees.where('status').equals('not_invoiced').toArray(),
  ]);
  const running = placements.filter((p) => p.status === 'in_trial').map((p) => p.id);
  const hired = new Set(placements.filter((p) => p.status === 'hired').map((p) => p.id));
  // A few dozen trials run at a time while check-ins pile up over the years; retention checks are at
  // most three per hire, and any hire may still miss one, so those are read whole.
  const [checkIns, retentionChecks] = await Promise.all([
    Promise.all(running.map((id) => db.checkIns.where('placementId').equals(id).toArray())).then((lists) =>
      lists.flat(),
    ),
    db.retentionChecks.toArray().then((all) => all.filter((r) => hired.has(r.placementId))),
  ]);
  const items = dueItems({
    today,
    userId,
    companies: companies as PlainRecord[],
    visits: [],
    placements: placements as PlainRecord[],
    checkIns: checkIns as PlainRecord[],
    retentionChecks: retentionChecks as PlainRecord[],
    fees: fees as PlainRecord[],
  });
  const companyNames = new Map(companies.map((c) => [c.id, c.name]));
  const seekerNames = await seekerNamesOf(db, [...new Set(items.map((i) => i.seekerId).filter(Boolean))]);
  return items.map((i) => ({
    ...i,
    companyName: companyNames.get(i.companyId) ?? '',
    seekerName: seekerNames.get(i.seekerId) ?? '',
  }));
}

/** Names from the slim list rows (seeker-rows.ts): a seeker record is ~2 KB, and a backlog names hundreds. */
async function seekerNamesOf(db: FieldDb, ids: string[]): Promise<Map<string, string>> {
  const rows = await db.seekerRows.bulkGet(ids);
  return new Map(rows.filter((r) => r !== undefined).map((r) => [r.id, `${r.familyName} ${r.givenName}`]));
}
