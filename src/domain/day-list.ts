/**
 * A coordinator's day (今日の予定): what is due, derived from the records, never stored. Overdue first
 * (oldest first), then due today, then the rest of the week (the next six days). An item leaves the list
 * when the record that answers it is written: a visit with a next date, a check-in, a decision, a
 * retention check, an invoice.
 *  - visit:          a company's next visit (derived-values.ts nextVisitDue) is due; dormant companies are left alone
 *  - check_in:       a trial in progress has had no check-in for CHECK_IN_EVERY_DAYS days (counted from its start)
 *  - trial_decision: an open trial's end date has passed without 採用 / 不採用 / 辞退
 *  - retention:      1, 3 or 6 months after a hire with no retention check of that milestone (none after one found the person had left)
 *  - fee_invoice:    a success fee not yet invoiced, due at the start of the month after the hire (fees are invoiced monthly)
 */
import { RETENTION_MILESTONES } from '../shared/codes';
import { addDays, addMonths } from './dates';
import { nextVisitDue } from './derived-values';
import { str, type PlainRecord } from './rule-types';

export const CHECK_IN_EVERY_DAYS = 7;
const MILESTONE_MONTHS: Record<(typeof RETENTION_MILESTONES)[number], number> = { '1m': 1, '3m': 3, '6m': 6 };
const OPEN_TRIAL = new Set(['proposed', 'arranging', 'in_trial']);

export type DueKind = 'visit' | 'check_in' | 'trial_decision' | 'retention' | 'fee_invoice';
export type DueBucket = 'overdue' | 'today' | 'week';

export type DueItem = {
  kind: DueKind;
  /** A stable key for lists: kind + record (+ milestone). */
  key: string;
  due: string;
  bucket: DueBucket;
  companyId: string;
  /** Set for every kind but visit. */
  placementId: string;
  seekerId: string;
  /** The fee (fee_invoice). */
  feeId: string;
  milestone: string;
};

export type DayListInput = {
  today: string;
  /** The signed-in coordinator: their items and the unassigned ones. Null: everyone's. */
  userId: string | null;
  companies: readonly PlainRecord[];
  visits: readonly PlainRecord[];
  placements: readonly PlainRecord[];
  checkIns: readonly PlainRecord[];
  retentionChecks: readonly PlainRecord[];
  fees: readonly PlainRecord[];
};

const groupBy = (records: readonly PlainRecord[], field: string) => {
  const out = new Map<string, PlainRecord[]>();
  for (const r of records) {
    if (r['deleted'] === true) continue;
    const key = str(r, field);
    const list = out.get(key);
    if (list) list.push(r);
    else out.set(key, [r]);
  }
  return out;
};

export function bucketOf(due: string, today: string): DueBucket | null {
  if (due < today) return 'overdue';
  if (due === today) return 'today';
  return due <= addDays(today, 6) ? 'week' : null;
}

/** The first day of the month after `day`. */
const nextMonthStart = (day: string) => `${addMonths(day, 1).slice(0, 7)}-01`;

export function dueItems(input: DayListInput): DueItem[] {
  const { today, userId } = input;
  const mine = (r: PlainRecord) => userId === null || str(r, 'coordinatorUserId') === '' || str(r, 'coordinatorUserId') === userId;
  const items: DueItem[] = [];
  const push = (kind: DueKind, due: string, ids: Partial<Pick<DueItem, 'companyId' | 'placementId' | 'seekerId' | 'feeId' | 'milestone'>>) => {
    const bucket = due ? bucketOf(due, today) : null;
    if (!bucket) return;
    const item = { kind, due, bucket, companyId: '', placementId: '', seekerId: '', feeId: '', milestone: '', ...ids };
    items.push({ ...item, key: `${kind}:${item.feeId || item.placementId || item.companyId}:${item.milestone}` });
  };

  const visitsByCompany = groupBy(input.visits, 'companyId');
  for (const company of input.companies) {
    if (company['deleted'] === true || company['status'] === 'dormant' || !mine(company)) continue;
    push('visit', nextVisitDue(company, visitsByCompany.get(str(company, 'id')) ?? []), { companyId: str(company, 'id') });
  }

  const checkInsByPlacement = groupBy(input.checkIns, 'placementId');
  const retentionByPlacement = groupBy(input.retentionChecks, 'placementId');
  const placementsById = new Map<string, PlainRecord>();
  for (const p of input.placements) {
    if (p['deleted'] === true) continue;
    placementsById.set(str(p, 'id'), p);
    if (!mine(p)) continue;
    const ids = { companyId: str(p, 'companyId'), placementId: str(p, 'id'), seekerId: str(p, 'seekerId') };
    const status = str(p, 'status');
    push('check_in', nextCheckInDue(p, checkInsByPlacement.get(ids.placementId) ?? []), ids);
    if (OPEN_TRIAL.has(status) && str(p, 'endDate') < today) push('trial_decision', str(p, 'endDate'), ids);
    if (status === 'hired' && str(p, 'hiredOn')) {
      const checks = retentionByPlacement.get(ids.placementId) ?? [];
      if (checks.some((c) => c['outcome'] === 'left')) continue;
      for (const milestone of RETENTION_MILESTONES) {
        if (checks.some((c) => c['milestone'] === milestone)) continue;
        push('retention', addMonths(str(p, 'hiredOn'), MILESTONE_MONTHS[milestone]), { ...ids, milestone });
        break; // one milestone at a time: the 3-month check is not due before the 1-month one is done
      }
    }
  }

  for (const fee of input.fees) {
    if (fee['deleted'] === true || fee['status'] !== 'not_invoiced') continue;
    const placement = placementsById.get(str(fee, 'placementId'));
    if (!placement || !mine(placement) || !str(placement, 'hiredOn')) continue;
    push('fee_invoice', nextMonthStart(str(placement, 'hiredOn')), {
      companyId: str(placement, 'companyId'),
      placementId: str(placement, 'id'),
      seekerId: str(placement, 'seekerId'),
      feeId: str(fee, 'id'),
    });
  }

  const order: Record<DueBucket, number> = { overdue: 0, today: 1, week: 2 };
  return items.sort((a, b) => order[a.bucket] - order[b.bucket] || a.due.localeCompare(b.due) || a.key.localeCompare(b.key));
}

/**
 * When a trial in progress is next due a check-in: CHECK_IN_EVERY_DAYS after its latest check-in, or
 * after its start before the first one. '' for a placement not in progress (nothing to check on).
 */
export function nextCheckInDue(placement: PlainRecord, checkIns: readonly PlainRecord[]): string {
  if (str(placement, 'status') !== 'in_trial') return '';
  const last = checkIns.reduce((latest, c) => (c['deleted'] !== true && str(c, 'date') > latest ? str(c, 'date') : latest), str(placement, 'startDate'));
  return addDays(last, CHECK_IN_EVERY_DAYS);
}

/** When each retention milestone of a hire falls due. */
export const retentionDueDates = (hiredOn: string) =>
  RETENTION_MILESTONES.map((milestone) => ({ milestone, due: addMonths(hiredOn, MILESTONE_MONTHS[milestone]) }));
