/**
 * A host company's trial opening (求人): the items of the 求人管理簿 (job type, place of work, hours,
 * days, wage, places, received on, valid until). A new one starts with the company's industry and
 * town, received today and valid for three months.
 */
import type { z } from 'zod';
import type { EditorFormProps } from '../../../components/record-editor-screen';
import { useRecordForm } from '../../../components/use-record-form';
import { FormActions } from '../../../components/ui/form-actions';
import { FormErrorBanners } from '../../../components/ui/form-error-banners';
import { FormField } from '../../../components/ui/form-field';
import { RadioGroup } from '../../../components/ui/radio-group';
import { Select } from '../../../components/ui/select';
import { addMonths } from '../../../domain/dates';
import { codeOptions } from '../../../lib/code-options';
import { INDUSTRIES, TOWNS, WAGE_UNITS } from '../../../shared/codes';
import { openingFieldsSchema, type Company } from '../../../shared/entities';
import { useOpeningMessages } from '../messages';

type FormInput = z.input<typeof openingFieldsSchema>;

/** How long a new opening is taken, from the day it is received. */
const VALID_MONTHS = 3;

export const newOpening = (company: Pick<Company, 'id' | 'industry' | 'town'>, today: string): FormInput => ({
  companyId: company.id,
  jobType: '',
  industry: company.industry,
  jobContent: '',
  town: company.town,
  workplace: '',
  workingHours: '',
  workingDays: '',
  wageUnit: 'hourly',
  wageAmount: Number.NaN,
  places: 1,
  receivedOn: today,
  validUntil: addMonths(today, VALID_MONTHS),
  closedOn: '',
  notes: '',
});

export function OpeningForm({ initial, company, today, onSubmit, onCancel, submitError, ruleError }: EditorFormProps<'openings'> & { company: Company; today: string }) {
  const { t, tf } = useOpeningMessages();
  const { register, handleSubmit, formState, err } = useRecordForm(openingFieldsSchema, initial ?? newOpening(company, today), ruleError);
  const { errors, isSubmitting, submitCount, isValid } = formState;
  // The schema's "end before start" named for these two dates.
  const afterReceipt = (message: string | undefined) => (message === 'end_before_start' ? tf('form.beforeReceipt') : err(message));
  return (
    <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <FormErrorBanners hasInvalidFields={submitCount > 0 && !isValid} submitError={submitError} />
      <p className="form__context">
        {tf('form.company')}: <strong>{company.name}</strong>
      </p>
      <div className="form__grid">
        <FormField label={tf('form.jobType')} hint={tf('form.jobTypeHint')} error={err(errors.jobType?.message)} required>
          <input {...register('jobType')} />
        </FormField>
        <FormField label={tf('form.industry')} error={err(errors.industry?.message)} required>
          <Select options={codeOptions(t, 'industry', INDUSTRIES)} {...register('industry')} />
        </FormField>
        <FormField label={tf('form.jobContent')} error={err(errors.jobContent?.message)} required className="form__wide">
          <textarea rows={3} {...register('jobContent')} />
        </FormField>
        <FormField label={tf('form.town')} error={err(errors.town?.message)} required>
          <Select options={codeOptions(t, 'town', TOWNS)} {...register('town')} />
        </FormField>
        <FormField label={tf('form.workplace')} hint={tf('form.workplaceHint')} error={err(errors.workplace?.message)}>
          <input {...register('workplace')} />
        </FormField>
        <FormField label={tf('form.workingHours')} hint={tf('form.workingHoursHint')} error={err(errors.workingHours?.message)} required>
          <input {...register('workingHours')} />
        </FormField>
        <FormField label={tf('form.workingDays')} hint={tf('form.workingDaysHint')} error={err(errors.workingDays?.message)} required>
          <input {...register('workingDays')} />
        </FormField>
        <RadioGroup legend={tf('form.wageUnit')} required options={codeOptions(t, 'wageUnit', WAGE_UNITS)} register={register('wageUnit')} error={err(errors.wageUnit?.message)} />
        <FormField label={tf('form.wageAmount')} error={err(errors.wageAmount?.message)} required>
          <input type="number" min={0} inputMode="numeric" {...register('wageAmount', { valueAsNumber: true })} />
        </FormField>
        <FormField label={tf('form.places')} error={err(errors.places?.message)} required>
          <input type="number" min={1} max={99} inputMode="numeric" {...register('places', { valueAsNumber: true })} />
        </FormField>
        <FormField label={tf('form.receivedOn')} error={err(errors.receivedOn?.message)} required>
          <input type="date" {...register('receivedOn')} />
        </FormField>
        <FormField label={tf('form.validUntil')} hint={tf('form.validUntilHint')} error={afterReceipt(errors.validUntil?.message)} required>
          <input type="date" {...register('validUntil')} />
        </FormField>
        <FormField label={tf('form.closedOn')} hint={tf('form.closedOnHint')} error={afterReceipt(errors.closedOn?.message)}>
          <input type="date" {...register('closedOn')} />
        </FormField>
        <FormField label={tf('form.notes')} error={err(errors.notes?.message)} className="form__wide">
          <textarea rows={3} {...register('notes')} />
        </FormField>
      </div>
      <FormActions busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
