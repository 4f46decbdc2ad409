/**
 * A broken domain rule in words: the rule's message with its values, status codes shown by their
 * names (「採用」, not `hired`) and entity names translated. Used by the forms (a RuleError from the
 * device's check) and by the 要確認 list (a server rejection with reason 'rule'), so both say the same.
 */
import type { EntityName } from '../../shared/entities';
import { hasMessage, type Translate } from './i18n';
import type { MessageKey } from './ja';

const STATUS_PREFIX: Partial<Record<EntityName, string>> = {
  seekers: 'seekerStatus',
  companies: 'companyStatus',
  trialPlacements: 'trialStatus',
  successFees: 'feeStatus',
  internships: 'internshipStatus',
};

const known = hasMessage;

function statusName(t: Translate, entity: string, code: string | undefined): string {
  if (!code) return t('status.none');
  const key = `${STATUS_PREFIX[entity as EntityName] ?? 'status'}.${code}`;
  return known(key) ? t(key) : code;
}

/** `details` as a rejection carries them ({ rule, field, ...values }) or a RuleViolation's params plus its rule. */
export function ruleMessage(t: Translate, entity: string, details: Record<string, string>): string {
  const key = `rules.${details['rule'] ?? 'unknown'}`;
  const vars: Record<string, string> = { ...details };
  if ('from' in details) vars['from'] = statusName(t, entity, details['from']);
  if ('to' in details) vars['to'] = statusName(t, entity, details['to']);
  if ('status' in details) vars['status'] = statusName(t, details['rule'] === 'fee-needs-hire' ? 'trialPlacements' : entity, details['status']);
  if (details['entity'] && known(`entity.${details['entity']}`)) vars['entity'] = t(`entity.${details['entity']}` as MessageKey);
  return t(known(key) ? key : 'rules.unknown', vars);
}

type Violation = { rule: string; field: string; params: Record<string, string> };
const violationOf = (error: unknown): Violation | undefined =>
  error instanceof Error && 'violation' in error ? ((error as { violation: Violation }).violation ?? undefined) : undefined;

/** What a failed save says: the broken rule when the device's check refused it, else the error itself. */
export function saveErrorMessage(t: Translate, entity: string, error: unknown): string {
  const v = violationOf(error);
  if (v) return ruleMessage(t, entity, { ...v.params, rule: v.rule, field: v.field });
  return t('errors.saveFailed', { reason: error instanceof Error ? error.message : String(error) });
}

/** The field a refused save is about ('_' or undefined: the record as a whole). */
export const ruleField = (error: unknown): string | undefined => violationOf(error)?.field;
