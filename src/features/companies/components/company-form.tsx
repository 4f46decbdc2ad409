/** Register or edit a host company; the shared zod schema validates, messages come from the dictionary. */
import type { z } from 'zod';
import type { EditorFormProps } from '../../../components/record-editor-screen';
import { useRecordForm } from '../../../components/use-record-form';
import { FormActions } from '../../../components/ui/form-actions';
import { FormErrorBanners } from '../../../components/ui/form-error-banners';
import { FormField } from '../../../components/ui/form-field';
import { Select } from '../../../components/ui/select';
import { codeOptions } from '../../../lib/code-options';
import { COMPANY_STATUSES, INDUSTRIES, TOWNS } from '../../../shared/codes';
import { useSession } from '../../../auth/use-session';
import { LIFECYCLES, nextStatuses } from '../../../domain/transitions';
import { companyFieldsSchema } from '../../../shared/entities';
import { useCompanyMessages } from '../messages';

type FormInput = z.input<typeof companyFieldsSchema>;

const emptyCompany = (): FormInput => ({
  name: '',
  nameKana: '',
  industry: 'manufacturing',
  town: 'asahikawa',
  postalCode: '',
  address: '',
  phone: '',
  contactPerson: '',
  capacity: 1,
  conditions: '',
  status: 'prospect',
  nextVisitDue: '',
});

export function CompanyForm({ initial, onSubmit, onCancel, submitError, ruleError }: EditorFormProps<'companies'>) {
  const { t, tf } = useCompanyMessages();
  const { register, handleSubmit, formState, err } = useRecordForm(companyFieldsSchema, initial ?? emptyCompany(), ruleError);
  const role = useSession().user?.role ?? 'counter';
  // Only the statuses the pipeline allows after the saved one (src/domain/transitions.ts).
  const statusChoices = initial ? nextStatuses('companies', initial.status, role, COMPANY_STATUSES) : LIFECYCLES.companies!.initial;
  const { errors, isSubmitting, submitCount, isValid } = formState;
  return (
    <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <FormErrorBanners hasInvalidFields={submitCount > 0 && !isValid} submitError={submitError} />
      <div className="form__grid">
        <FormField label={tf('company.name')} error={err(errors.name?.message)} required>
          <input autoComplete="organization" {...register('name')} />
        </FormField>
        <FormField label={tf('company.nameKana')} error={err(errors.nameKana?.message)} hint={t('seeker.kanaHint')} required>
          <input {...register('nameKana')} />
        </FormField>
        <FormField label={tf('company.industry')} error={err(errors.industry?.message)} required>
          <Select options={codeOptions(t, 'industry', INDUSTRIES)} {...register('industry')} />
        </FormField>
        <FormField label={tf('company.town')} error={err(errors.town?.message)} required>
          <Select options={codeOptions(t, 'town', TOWNS)} {...register('town')} />
        </FormField>
        <FormField label={tf('company.postalCode')} error={err(errors.postalCode?.message)}>
          <input inputMode="numeric" {...register('postalCode')} />
        </FormField>
        <FormField label={tf('company.address')} error={err(errors.address?.message)} required>
          <input {...register('address')} />
        </FormField>
        <FormField label={tf('company.phone')} error={err(errors.phone?.message)} hint={t('seeker.phoneHint')} required>
          <input type="tel" inputMode="tel" {...register('phone')} />
        </FormField>
        <FormField label={tf('company.contactPerson')} error={err(errors.contactPerson?.message)} required>
          <input {...register('contactPerson')} />
        </FormField>
        <FormField label={tf('company.capacity')} error={err(errors.capacity?.message)} required>
          <input type="number" min={0} inputMode="numeric" {...register('capacity', { valueAsNumber: true })} />
        </FormField>
        <FormField label={tf('company.status')}>
          <Select options={codeOptions(t, 'companyStatus', statusChoices)} {...register('status')} />
        </FormField>
        <FormField label={tf('company.nextVisitDue')} error={err(errors.nextVisitDue?.message)}>
          <input type="date" {...register('nextVisitDue')} />
        </FormField>
      </div>
      <FormField label={tf('company.conditions')} error={err(errors.conditions?.message)}>
        <textarea rows={4} {...register('conditions')} />
      </FormField>
      <FormActions busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
