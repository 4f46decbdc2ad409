/**
 * Change a user's role, school or disabled flag. A role or school change takes effect on the server
 * at once; records that left the user's scope disappear from their device at its next sync.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { SUBMIT_FIRST, useFocusFirstError } from '../../../components/form-submit';
import { FormActions } from '../../../components/ui/form-actions';
import { FormErrorBanners } from '../../../components/ui/form-error-banners';
import { FormField } from '../../../components/ui/form-field';
import { Select } from '../../../components/ui/select';
import { errorKey } from '../../../lib/i18n/i18n';
import type { AdminUser, UpdateUserRequest } from '../../../shared/auth-protocol';
import type { SchoolOption } from '../../../storage/school-queries';
import { useSubmitWithServerErrors } from '../hooks/use-submit-with-server-errors';
import { editUserFormSchema, toRequestSchool, type EditUserFormInput, type EditUserFormOutput } from '../user-form-schemas';
import { roleOptions } from './role-options';
import { TeacherSchoolField } from './teacher-school-field';
import { useAdminMessages } from '../messages';

const FIELDS = ['role', 'schoolId', 'disabled'] as const;

type Props = {
  user: AdminUser;
  schools: SchoolOption[] | undefined;
  onSubmit: (patch: UpdateUserRequest) => Promise<void>;
  onCancel: () => void;
};

export function UserEditForm({ user, schools, onSubmit, onCancel }: Props) {
  const { t, tf } = useAdminMessages();
  const form = useForm<EditUserFormInput, unknown, EditUserFormOutput>({
    resolver: zodResolver(editUserFormSchema),
    defaultValues: { role: user.role, schoolId: user.schoolId ?? '', disabled: user.disabled },
    ...SUBMIT_FIRST,
  });
  const { register, watch, setError, formState } = form;
  const handleSubmit = useFocusFirstError(form);
  const { errors, isSubmitting, isDirty } = formState;
  const err = (m: string | undefined) => (m ? t(errorKey(m)) : undefined);
  const { submitError, run } = useSubmitWithServerErrors(FIELDS, setError);

  const submit = (v: EditUserFormOutput) =>
    run(() => onSubmit({ role: v.role, schoolId: toRequestSchool(v.role, v.schoolId), disabled: v.disabled }));

  return (
    <form className="form admin-subform" noValidate onSubmit={handleSubmit(submit)} aria-label={tf('admin.users.editTitle', { name: user.displayName })}>
      <h3 className="admin-subform__title">{tf('admin.users.editTitle', { name: user.displayName })}</h3>
      <FormErrorBanners submitError={submitError} />
      <div className="form__grid">
        <FormField label={tf('admin.user.role')} error={err(errors.role?.message)} required>
          <Select options={roleOptions(t)} {...register('role')} />
        </FormField>
        <TeacherSchoolField role={watch('role')} schools={schools} error={err(errors.schoolId?.message)} registration={register('schoolId')} />
      </div>
      <label className="check check--block">
        <input type="checkbox" {...register('disabled')} />
        <span>{tf('admin.user.disable')}</span>
      </label>
      <p className="field__hint">{tf('admin.users.scopeHint')}</p>
      <FormActions busy={isSubmitting} disabled={!isDirty} onCancel={onCancel} />
    </form>
  );
}
