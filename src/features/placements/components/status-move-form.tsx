/**
 * One status move of a placement, saved as one write with what the move needs: 採用 the hire date and
 * the employment type, 不採用 / 辞退 the reason; both closing moves take the employer's feedback, and
 * 実施中 lets the period be confirmed. The shared schema checks the whole placement (a hire before the
 * start is refused on the hire date), the domain rules the move itself. A move refused for want of the
 * seeker's consent (it must still be in force to go on arranging) offers to record it below the form.
 */
import { ErrorBanner } from '../../../components/ui/banner';
import { FormField } from '../../../components/ui/form-field';
import { Select } from '../../../components/ui/select';
import { useRecordForm } from '../../../components/use-record-form';
import { codeLabel, codeOptions } from '../../../lib/code-options';
import { todayIso } from '../../../lib/dates';
import { EMPLOYMENT_TYPES, TRIAL_END_REASONS } from '../../../shared/codes';
import { trialPlacementFieldsSchema, type TrialPlacement } from '../../../shared/entities';
import { RuleError } from '../../../storage/record-repo';
import { useFeatureMessages } from '../messages';
import { LiveConsentPrompt } from './consent-prompt';
import { fieldsOf } from '../record-fields';
import { useInlineSave } from '../use-inline-save';
import type { EntityFields } from '../../../lib/record-hooks';
import { FormActions } from '../../../components/ui/form-actions';

type TrialStatus = TrialPlacement['status'];

/** The fields each move asks for. */
const MOVE_FIELDS: Partial<Record<TrialStatus, readonly (keyof EntityFields<'trialPlacements'>)[]>> = {
  in_trial: ['startDate', 'endDate'],
  hired: ['hiredOn', 'employmentType', 'employerFeedback'],
  not_hired: ['endReason', 'employerFeedback'],
  withdrawn: ['endReason', 'employerFeedback'],
};

export function StatusMoveForm({
  placement,
  to,
  onDone,
  onCancel,
}: {
  placement: TrialPlacement;
  to: TrialStatus;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, tf } = useFeatureMessages();
  const asked = MOVE_FIELDS[to] ?? [];
  const { save, ruleError, banner } = useInlineSave('trialPlacements', asked);
  const { register, handleSubmit, formState, err } = useRecordForm(
    trialPlacementFieldsSchema,
    {
      ...fieldsOf(placement),
      status: to,
      hiredOn: to === 'hired' ? placement.hiredOn || todayIso() : placement.hiredOn,
    },
    ruleError,
  );
  const { errors, isSubmitting } = formState;
  const onSubmit = async (values: EntityFields<'trialPlacements'>) => {
    // The placement as it is now (sync may have changed it since the form opened) with this move's fields.
    const fields = { ...fieldsOf(placement), status: to };
    for (const key of asked) Object.assign(fields, { [key]: values[key] });
    const saved = await save.mutateAsync({ fields, id: placement.id }).catch(() => undefined);
    if (saved) onDone();
  };
  const has = (field: keyof EntityFields<'trialPlacements'>) => asked.includes(field);
  const needsConsent = save.error instanceof RuleError && save.error.violation.rule === 'consent-required';
  return (
    <>
      <form className="form move-form" noValidate onSubmit={handleSubmit(onSubmit)} aria-labelledby="move-form-title">
        <h3 id="move-form-title" className="move-form__title">
          {tf('move.title', {
            from: codeLabel(t, 'trialStatus', placement.status),
            to: codeLabel(t, 'trialStatus', to),
          })}
        </h3>
        <ErrorBanner message={banner} />
        {asked.length > 0 ? (
          <div className="form__grid">
            {has('startDate') ? (
              <FormField label={tf('field.startDate')} error={err(errors.startDate?.message)} required>
                <input type="date" {...register('startDate')} />
              </FormField>
            ) : null}
            {has('endDate') ? (
              <FormField label={tf('field.endDate')} error={err(errors.endDate?.message)} required>
                <input type="date" {...register('endDate')} />
              </FormField>
            ) : null}
            {has('hiredOn') ? (
              <FormField label={tf('field.hiredOn')} error={err(errors.hiredOn?.message)} required>
                <input type="date" {...register('hiredOn')} />
              </FormField>
            ) : null}
            {has('employmentType') ? (
              <FormField label={tf('field.employmentType')} error={err(errors.employmentType?.message)} required>
                <Select
                  options={codeOptions(t, 'employmentType', EMPLOYMENT_TYPES)}
                  placeholder={tf('choose')}
                  {...register('employmentType')}
                />
              </FormField>
            ) : null}
            {has('endReason') ? (
              <FormField label={tf('field.endReason')} error={err(errors.endReason?.message)} required>
                <Select
                  options={codeOptions(t, 'trialEndReason', TRIAL_END_REASONS)}
                  placeholder={tf('choose')}
                  {...register('endReason')}
                />
              </FormField>
            ) : null}
          </div>
        ) : (
          <p>{tf('move.confirm')}</p>
        )}
        {has('employerFeedback') ? (
          <FormField
            label={tf('field.employerFeedback')}
            error={err(errors.employerFeedback?.message)}
            hint={tf('field.employerFeedbackHint')}
          >
            <textarea rows={3} {...register('employerFeedback')} />
          </FormField>
        ) : null}
        <FormActions busy={isSubmitting} onCancel={onCancel} submitLabel={tf('move.save', { to: codeLabel(t, 'trialStatus', to) })} />
      </form>
      {needsConsent ? (
        <LiveConsentPrompt seekerId={placement.seekerId} companyId={placement.companyId} />
      ) : null}
    </>
  );
}
