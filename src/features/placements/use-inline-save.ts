/**
 * Saving a record from a form on the placement page (a status move, a check-in, a retention check):
 * a rule's refusal goes next to its field when the form shows that field, and into a banner above
 * the form when it does not (the consent a move to 実施中 needs is not one of that form's fields).
 */
import { saveFeedback } from '../../components/record-editor-screen';
import { useI18n } from '../../lib/i18n/i18n';
import { saveErrorMessage } from '../../lib/i18n/rule-message';
import { useSaveRecord } from '../../lib/record-hooks';
import type { EntityName } from '../../shared/entities';

export function useInlineSave<E extends EntityName>(entity: E, shownFields: readonly string[]) {
  const { t } = useI18n();
  const save = useSaveRecord(entity);
  const feedback = saveFeedback(save.error, (error) => saveErrorMessage(t, entity, error));
  const ruleError = feedback.ruleError && shownFields.includes(feedback.ruleError.field) ? feedback.ruleError : undefined;
  const banner = feedback.submitError ?? (ruleError ? undefined : feedback.ruleError?.message);
  return { save, ruleError, banner };
}
