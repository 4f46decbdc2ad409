/**
 * Status lifecycles. Each status field has one table: the statuses a record may be created in, the
 * moves allowed from each open status, and the closed statuses, which only the roles in `reopen`
 * may move again (the move is then recorded as a reopening in the status history).
 */
import type { Role } from '../shared/auth-protocol';
import type { EntityName } from '../shared/entities';
import { changed, str, violation, type RuleViolation, type WriteCheck } from './rule-types';

export type Lifecycle = {
  field: string;
  initial: readonly string[];
  /** Open status -> statuses it may move to. */
  next: Readonly<Record<string, readonly string[]>>;
  closed: readonly string[];
  reopen: readonly Role[];
};

/** 提案 → 調整中 → 実施中 → 採用 / 不採用 / 辞退; 辞退 from any open status; a step back while arranging. */
const trial: Lifecycle = {
  field: 'status',
  initial: ['proposed', 'arranging', 'in_trial'],
  next: {
    proposed: ['arranging', 'withdrawn'],
    arranging: ['proposed', 'in_trial', 'withdrawn'],
    in_trial: ['hired', 'not_hired', 'withdrawn'],
  },
  closed: ['hired', 'not_hired', 'withdrawn'],
  reopen: ['admin'],
};

/** 未請求 → 請求済 → 入金済. An invoice can be taken back (請求済 → 未請求) before it is paid. */
const fee: Lifecycle = {
  field: 'status',
  initial: ['not_invoiced', 'invoiced', 'paid'],
  next: { not_invoiced: ['invoiced'], invoiced: ['not_invoiced', 'paid'] },
  closed: ['paid'],
  reopen: ['admin'],
};

/** 予定 → 実施中 → 完了 | 中止. */
const internship: Lifecycle = {
  field: 'status',
  initial: ['planned', 'active'],
  next: { planned: ['active', 'cancelled'], active: ['done', 'cancelled'] },
  closed: ['done', 'cancelled'],
  reopen: ['admin', 'coordinator'],
};

/** 見込み → 訪問済 → 受入登録 → 受入中 → 休止, and back from 休止; no status is final. */
const company: Lifecycle = {
  field: 'status',
  initial: ['prospect', 'visited', 'host_registered', 'active'],
  next: {
    prospect: ['visited', 'host_registered', 'dormant'],
    visited: ['prospect', 'host_registered', 'dormant'],
    host_registered: ['active', 'dormant'],
    active: ['host_registered', 'dormant'],
    dormant: ['visited', 'host_registered', 'active'],
  },
  closed: [],
  reopen: [],
};

/** A seeker's path through the programme; 終了 is final unless counter staff or above reopen it. */
const seeker: Lifecycle = {
  field: 'status',
  initial: ['registered', 'matching'],
  next: {
    registered: ['matching', 'closed'],
    matching: ['registered', 'in_trial', 'closed'],
    in_trial: ['matching', 'hired', 'closed'],
    hired: ['matching', 'closed'],
  },
  closed: ['closed'],
  reopen: ['admin', 'coordinator', 'counter'],
};

export const LIFECYCLES: Partial<Record<EntityName, Lifecycle>> = {
  trialPlacements: trial,
  successFees: fee,
  internships: internship,
  companies: company,
  seekers: seeker,
};

export type StatusMove = { field: string; from: string; to: string; reopened: boolean };

/** The status move a write makes, if any (a new record moves from ''). */
export function statusMove(c: Pick<WriteCheck, 'entity' | 'before' | 'after'>): StatusMove | undefined {
  const lifecycle = LIFECYCLES[c.entity];
  if (!lifecycle || !changed(c, lifecycle.field)) return undefined;
  const from = str(c.before, lifecycle.field);
  return { field: lifecycle.field, from, to: str(c.after, lifecycle.field), reopened: lifecycle.closed.includes(from) };
}

/** Whether `role` may move `entity`'s status from `from` to `to` ('' = a new record). */
export function canMove(entity: EntityName, from: string, to: string, role: Role): boolean {
  const lifecycle = LIFECYCLES[entity];
  if (!lifecycle) return true;
  if (from === '') return lifecycle.initial.includes(to);
  if (lifecycle.closed.includes(from)) return lifecycle.reopen.includes(role) && !lifecycle.closed.includes(to);
  return from === to || (lifecycle.next[from] ?? []).includes(to);
}

/** The statuses a form may offer after `from` for this role (the current one first). */
export function nextStatuses(entity: EntityName, from: string, role: Role, all: readonly string[]): string[] {
  return all.filter((to) => to === from || canMove(entity, from, to, role));
}

export function checkTransition(c: WriteCheck): RuleViolation | null {
  const move = statusMove(c);
  if (!move) return null;
  const params = { from: move.from, to: move.to };
  if (canMove(c.entity, move.from, move.to, c.actor.role)) return null;
  if (move.from === '') return violation('status-initial', move.field, params);
  if (move.reopened && !LIFECYCLES[c.entity]!.closed.includes(move.to)) return violation('status-reopen', move.field, params);
  return violation('status-transition', move.field, params);
}
