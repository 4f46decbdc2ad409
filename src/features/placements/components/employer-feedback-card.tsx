/**
 * 職場環境の改善: what the company could improve, from this trial. The programme promises host
 * companies this feedback; the company's page gathers it across their trials. Saved on its own, over
 * the placement as it is now, so it never undoes a change synced in meanwhile.
 */
import { useEffect, useState } from 'react';
import { ErrorBanner, SuccessBanner } from '../../../components/ui/banner';
import { FormField } from '../../../components/ui/form-field';
import { useRecordForm } from '../../../components/use-record-form';
import { trialPlacementFieldsSchema, type TrialPlacement } from '../../../shared/entities';
import { useFeatureMessages } from '../messages';
import { fieldsOf } from '../record-fields';
import { useInlineSave } from '../use-inline-save';
import type { EntityFields } from '../../../lib/record-hooks';
import { FormActions } from '../../../components/ui/form-actions';

export function EmployerFeedbackCard({ placement }: { placement: TrialPlacement }) {
  const { t, tf } = useFeatureMessages();
  const { save, ruleError, banner } = useInlineSave('trialPlacements', ['employerFeedback']);
  const { register, handleSubmit, formState, err, reset } = useRecordForm(trialPlacementFieldsSchema, fieldsOf(placement), ruleError);
  const [saved, setSaved] = useState(false);
  const { errors, isSubmitting, isDirty } = formState;
  // Feedback given with a closing move, or synced in, shows here unless something is being typed.
  useEffect(() => {
    if (!isDirty) reset(fieldsOf(placement));
  }, [placement, isDirty, reset]);
  const onSubmit = async ({ employerFeedback }: EntityFields<'trialPlacements'>) => {
    const result = await save.mutateAsync({ fields: { ...fieldsOf(placement), employerFeedback }, id: placement.id }).catch(() => undefined);
    if (!result) return;
    reset(fieldsOf(result));
    setSaved(true);
  };
  return (
    <section className="card" aria-labelledby="feedback-title">
      <h2 id="feedback-title">{tf('field.employerFeedback')}</h2>
      <form className="feedback-form" noValidate onSubmit={handleSubmit(onSubmit)} onChange={() => setSaved(false)}>
        <ErrorBanner message={banner} />
        {saved ? <SuccessBanner message={t('common.saved')} /> : null}
        <FormField label={tf('feedback.label')} error={err(errors.employerFeedback?.message)} hint={tf('field.employerFeedbackHint')}>
          <textarea rows={3} {...register('employerFeedback')} />
        </FormField>
        <FormActions busy={isSubmitting} disabled={!isDirty} submitLabel={tf('feedback.save')} />
      </form>
    </section>
  );
}
