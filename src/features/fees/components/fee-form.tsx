/**
 * One fee's amount, status, dates and note. The status select offers only the moves the lifecycle
 * allows (未請求 → 請求済 → 入金済, an invoice taken back before payment; domain/transitions.ts); the
 * date a move needs appears with it, filled with today, and the shared schema requires it.
 */
import { useEffect } from 'react';
import type { z } from 'zod';
import { useSession } from '../../../auth/use-session';
import type { EditorFormProps } from '../../../components/record-editor-screen';
import { FormActions } from '../../../components/ui/form-actions';
import { FormErrorBanners } from '../../../components/ui/form-error-banners';
import { FormField } from '../../../components/ui/form-field';
import { Select } from '../../../components/ui/select';
import { useRecordForm } from '../../../components/use-record-form';
import { nextStatuses } from '../../../domain/transitions';
import { codeOptions } from '../../../lib/code-options';
import { todayIso } from '../../../lib/dates';
import { FEE_STATUSES } from '../../../shared/codes';
import { successFeeFieldsSchema, type SuccessFee } from '../../../shared/entities';
import { formatYen } from '../../../lib/numbers';
import { useFeeMessages } from '../messages';

type FormInput = z.input<typeof successFeeFieldsSchema>;

export function FeeForm({
  initial,
  onSubmit,
  onCancel,
  submitError,
  ruleError,
}: EditorFormProps<'successFees'> & { initial: SuccessFee }) {
  const { t, tf } = useFeeMessages();
  const { register, handleSubmit, formState, err, watch, getValues, setValue } = useRecordForm(
    successFeeFieldsSchema,
    initial as FormInput,
    ruleError,
  );
  const role = useSession().user?.role ?? 'counter';
  const status = watch('status');
  // The amount as it will read on the invoice, so a missing or extra zero shows at once.
  const amount = Number(watch('amount'));
  useEffect(() => {
    // A move to 請求済 / 入金済 is usually recorded on the day: fill the date it needs, once.
    if (status !== 'not_invoiced' && !getValues('invoicedOn'))
      setValue('invoicedOn', todayIso(), { shouldDirty: true });
    if (status === 'paid' && !getValues('paidOn')) setValue('paidOn', todayIso(), { shouldDirty: true });
  }, [status, getValues, setValue]);
  const { errors, isSubmitting, submitCount, isValid } = formState;
  // A date the status no longer has (an invoice taken back) is not kept.
  const submit = handleSubmit((fields) =>
    onSubmit({
      ...fields,
      invoicedOn: fields.status === 'not_invoiced' ? '' : fields.invoicedOn,
      paidOn: fields.status === 'paid' ? fields.paidOn : '',
    }),
  );
  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormErrorBanners hasInvalidFields={submitCount > 0 && !isValid} submitError={submitError} />
      <div className="form__grid">
        <FormField
          label={tf('editor.amount')}
          error={err(errors.amount?.message)}
          aside={Number.isFinite(amount) ? formatYen(amount) : ''}
          required
        >
          <input type="number" min={0} step={1} inputMode="numeric" {...register('amount', { valueAsNumber: true })} />
        </FormField>
        <FormField
          label={tf('editor.status')}
          error={err(errors.status?.message)}
          hint={tf('editor.statusHint')}
          required
        >
          <Select
            options={codeOptions(t, 'feeStatus', nextStatuses('successFees', initial.status, role, FEE_STATUSES))}
            {...register('status')}
          />
        </FormField>
        {status !== 'not_invoiced' ? (
          <FormField label={tf('editor.invoicedOn')} error={err(errors.invoicedOn?.message)} required>
            <input type="date" {...register('invoicedOn')} />
          </FormField>
        ) : null}
        {status === 'paid' ? (
          <FormField label={tf('editor.paidOn')} error={err(errors.paidOn?.message)} required>
            <input type="date" {...register('paidOn')} />
          </FormField>
        ) : null}
      </div>
      <FormField label={tf('editor.note')} error={err(errors.note?.message)}>
        <textarea rows={3} {...register('note')} />
      </FormField>
      <FormActions busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
