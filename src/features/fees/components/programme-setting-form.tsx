/**
 * An admin's form for one fiscal year's settings. Saved under the year's derived id
 * (programmeSettingId): the first save of a year creates it there, a later one updates it.
 */
import type { z } from 'zod';
import { saveFeedback } from '../../../components/record-editor-screen';
import { FormActions } from '../../../components/ui/form-actions';
import { FormErrorBanners } from '../../../components/ui/form-error-banners';
import { FormField } from '../../../components/ui/form-field';
import { Select } from '../../../components/ui/select';
import { useRecordForm } from '../../../components/use-record-form';
import { fiscalYearLabel } from '../../../domain/fiscal-year';
import { saveErrorMessage } from '../../../lib/i18n/rule-message';
import { useSaveRecord } from '../../../lib/record-hooks';
import { programmeSettingFieldsSchema } from '../../../shared/entities';
import { programmeSettingId } from '../../../shared/ids';
import { useFeeMessages } from '../messages';

type FormInput = z.input<typeof programmeSettingFieldsSchema>;

export function ProgrammeSettingForm({
  initial,
  years,
  onSaved,
}: {
  initial: FormInput;
  years: number[];
  onSaved: (fiscalYear: number) => void;
}) {
  const { t, tf, lang } = useFeeMessages();
  const save = useSaveRecord('programmeSettings');
  const feedback = saveFeedback(save.error, (error) => saveErrorMessage(t, 'programmeSettings', error));
  const { register, handleSubmit, formState, err, reset } = useRecordForm(
    programmeSettingFieldsSchema,
    initial,
    feedback.ruleError,
  );
  const { errors, isSubmitting, submitCount, isValid } = formState;
  const choices = [...new Set([...years, Number(initial.fiscalYear)])].sort((a, b) => a - b);
  const submit = handleSubmit(async (fields) => {
    const saved = await save.mutateAsync({ fields, id: programmeSettingId(fields.fiscalYear) }).catch(() => undefined);
    if (!saved) return;
    reset(fields);
    onSaved(fields.fiscalYear);
  });
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="programme-setting-form">
      <h2 id="programme-setting-form" className="admin-subform__title">
        {tf('settings.formTitle')}
      </h2>
      <FormErrorBanners hasInvalidFields={submitCount > 0 && !isValid} submitError={feedback.submitError} />
      <div className="form__grid">
        <FormField label={tf('settings.fiscalYear')} error={err(errors.fiscalYear?.message)} required>
          <Select
            options={choices.map((y) => ({ value: String(y), label: fiscalYearLabel(y, lang) }))}
            {...register('fiscalYear', { valueAsNumber: true })}
          />
        </FormField>
        <FormField label={tf('settings.successFeeAmount')} error={err(errors.successFeeAmount?.message)} required>
          <input
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            {...register('successFeeAmount', { valueAsNumber: true })}
          />
        </FormField>
        <FormField label={tf('settings.programmeCost')} error={err(errors.programmeCost?.message)} required>
          <input
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            {...register('programmeCost', { valueAsNumber: true })}
          />
        </FormField>
      </div>
      <FormActions busy={isSubmitting} />
    </form>
  );
}
