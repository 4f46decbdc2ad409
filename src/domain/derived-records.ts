/**
 * Records the rules write as a consequence of a person's write, never a person directly:
 *  - a status history entry (statusChanges) for every status move, marking reopenings;
 *  - a third-party provision record (provisions) when a placement proposes a seeker to a company:
 *    the provider's record of what went to whom, when and by whom, that APPI requires it to keep.
 * Their ids are derived (from the mutation, or from the placement), so the device, which writes them
 * locally for its own screens, and the server, which writes them for everyone, make the same record,
 * and a retried push makes it once.
 */
import { PROPOSAL_ITEMS } from '../shared/codes';
import type { EntityName } from '../shared/entities';
import { provisionIdOfPlacement, statusChangeId } from '../shared/ids';
import type { Actor, PlainRecord } from './rule-types';
import { str } from './rule-types';
import { statusMove } from './transitions';

export type DerivedWrite = { entity: EntityName; id: string; fields: PlainRecord };

export function derivedWrites(input: {
  entity: EntityName;
  id: string;
  mutationId: string;
  before: PlainRecord | undefined;
  after: PlainRecord | undefined;
  actor: Actor;
  /** ISO date-time of the write (the server's on push). */
  now: string;
}): DerivedWrite[] {
  const { entity, id, before, after, actor, now } = input;
  if (!after) return [];
  const out: DerivedWrite[] = [];
  const move = statusMove({ entity, before, after });
  if (move) {
    out.push({
      entity: 'statusChanges',
      id: statusChangeId(input.mutationId, entity, move.field),
      fields: { entity, recordId: id, field: move.field, from: move.from, to: move.to, reopened: move.reopened, changedAt: now, userId: actor.userId },
    });
  }
  if (entity === 'trialPlacements' && before === undefined) {
    out.push({
      entity: 'provisions',
      id: provisionIdOfPlacement(id),
      fields: {
        seekerId: str(after, 'seekerId'),
        companyId: str(after, 'companyId'),
        date: now.slice(0, 10),
        purpose: 'trial_proposal',
        items: [...PROPOSAL_ITEMS],
        placementId: id,
        staffUserId: actor.userId,
      },
    });
  }
  return out;
}
