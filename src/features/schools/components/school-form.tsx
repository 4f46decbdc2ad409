/** Register or edit a school; the shared zod schema validates (the reading is stored as katakana). */
import type { z } from 'zod';
import type { EditorFormProps } from '../../../components/record-editor-screen';
import { useRecordForm } from '../../../components/use-record-form';
import { FormActions } from '../../../components/ui/form-actions';
import { FormErrorBanners } from '../../../components/ui/form-error-banners';
import { FormField } from '../../../components/ui/form-field';
import { Select } from '../../../components/ui/select';
import { codeOptions } from '../../../lib/code-options';
import { TOWNS } from '../../../shared/codes';
import { schoolFieldsSchema } from '../../../shared/entities';
import { useSchoolMessages } from '../messages';

type FormInput = z.input<typeof schoolFieldsSchema>;

const emptySchool = (): FormInput => ({ name: '', nameKana: '', town: 'asahikawa', teacherInCharge: '', phone: '' });

export function SchoolForm({ initial, onSubmit, onCancel, submitError, ruleError }: EditorFormProps<'schools'>) {
  const { t, tf } = useSchoolMessages();
  const { register, handleSubmit, formState, err } = useRecordForm(schoolFieldsSchema, initial ?? emptySchool(), ruleError);
  const { errors, isSubmitting, submitCount, isValid } = formState;
  return (
    <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <FormErrorBanners hasInvalidFields={submitCount > 0 && !isValid} submitError={submitError} />
      <div className="form__grid">
        <FormField label={tf('school.name')} error={err(errors.name?.message)} required>
          <input autoComplete="organization" {...register('name')} />
        </FormField>
        <FormField label={tf('school.nameKana')} error={err(errors.nameKana?.message)} hint={tf('student.kanaHint')} required>
          <input {...register('nameKana')} />
        </FormField>
        <FormField label={tf('school.town')} error={err(errors.town?.message)} required>
          <Select options={codeOptions(t, 'town', TOWNS)} {...register('town')} />
        </FormField>
        <FormField label={tf('school.teacherInCharge')} error={err(errors.teacherInCharge?.message)} required>
          <input {...register('teacherInCharge')} />
        </FormField>
        <FormField label={tf('school.phone')} error={err(errors.phone?.message)} hint={t('seeker.phoneHint')}>
          <input type="tel" inputMode="tel" {...register('phone')} />
        </FormField>
      </div>
      <FormActions busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
