/** Where each due item's action leads: the record that answers it, opened at the step to take. */
import type { DueItem } from '../../domain/day-list';

export const DAY_LIST_PATH = '/today';

export function dueItemPath(item: Pick<DueItem, 'kind' | 'companyId' | 'placementId' | 'feeId' | 'milestone'>): string {
  switch (item.kind) {
    case 'visit':
      return `/companies/${item.companyId}`;
    case 'check_in':
      return `/placements/${item.placementId}?checkIn=1`;
    case 'trial_decision':
      return `/placements/${item.placementId}`;
    case 'retention':
      return `/placements/${item.placementId}?retention=${item.milestone}`;
    case 'fee_invoice':
      return `/fees/${item.feeId}`;
  }
}

/** The visit form for the item's company, coming back to the day list once saved. */
export const logVisitPath = (companyId: string) =>
  `/visits/new?${new URLSearchParams({ companyId, from: DAY_LIST_PATH }).toString()}`;
