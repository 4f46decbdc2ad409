/**
 * The one check of a write, run by the device before it saves (record-repo.ts) and by the server on
 * the merged record inside the push transaction (sync-service.ts), so both refuse the same writes
 * with the same rule. Order: what may be written at all, identity, lifecycle, plausibility,
 * references, then the cross-record rules. The first broken rule is returned.
 */
import { CROSS_RULES } from './cross-record';
import { checkPlausible } from './plausibility';
import { checkReferences } from './references';
import { rulesOf } from './registry';
import { changed, violation, type RuleViolation, type WriteCheck } from './rule-types';
import { checkTransition } from './transitions';

export async function checkWrite(c: WriteCheck): Promise<RuleViolation | null> {
  const rules = rulesOf(c.entity);
  if (rules.writtenBy === 'rules') return violation('server-written', '_');
  if (rules.writers && !rules.writers.includes(c.actor.role)) return violation('writer-role', '_');
  if (c.op === 'delete') return rules.delete === 'never' ? violation('not-deletable', '_') : null;
  if (c.op === 'restore') {
    if (rules.delete === 'erase') return violation('not-restorable', '_');
    if (!rules.restore.includes(c.actor.role)) return violation('restore-role', '_');
  }
  const after = c.after;
  if (!after) return null;
  if (rules.derivedId && c.before === undefined && rules.derivedId(after) !== c.id) return violation('derived-id', '_');
  if (c.before !== undefined) {
    const moved = rules.immutable.find((f) => changed(c, f));
    if (moved) return violation('immutable-field', moved);
  }
  const simple = checkTransition(c) ?? checkPlausible(c);
  if (simple) return simple;
  const reference = await checkReferences(c);
  if (reference) return reference;
  for (const rule of CROSS_RULES[c.entity] ?? []) {
    const broken = await rule({ ...c, after });
    if (broken) return broken;
  }
  return null;
}
