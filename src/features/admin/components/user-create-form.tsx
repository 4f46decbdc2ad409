/**
 * Create a user: login id, name, role, a school for teachers, and a first password the admin hands
 * over in person. Errors appear next to each field; the server's own refusals (login id taken) too.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { SUBMIT_FIRST, useFocusFirstError } from '../../../components/form-submit';
import { FormActions } from '../../../components/ui/form-actions';
import { FormErrorBanners } from '../../../components/ui/form-error-banners';
import { FormField } from '../../../components/ui/form-field';
import { Select } from '../../../components/ui/select';
import { errorKey } from '../../../lib/i18n/i18n';
import type { CreateUserRequest } from '../../../shared/auth-protocol';
import type { SchoolOption } from '../../../storage/school-queries';
import { useSubmitWithServerErrors } from '../hooks/use-submit-with-server-errors';
import { createUserFormSchema, toRequestSchool, type CreateUserFormInput, type CreateUserFormOutput } from '../user-form-schemas';
import { roleOptions } from './role-options';
import { TeacherSchoolField } from './teacher-school-field';
import { useAdminMessages } from '../messages';

const blank = (): CreateUserFormInput => ({ loginId: '', displayName: '', role: 'coordinator', schoolId: '', password: '' });
const FIELDS = ['loginId', 'displayName', 'role', 'schoolId', 'password'] as const;

export function UserCreateForm({ schools, onSubmit }: { schools: SchoolOption[] | undefined; onSubmit: (request: CreateUserRequest) => Promise<void> }) {
  const { t, tf } = useAdminMessages();
  const form = useForm<CreateUserFormInput, unknown, CreateUserFormOutput>({ resolver: zodResolver(createUserFormSchema), defaultValues: blank(), ...SUBMIT_FIRST });
  const { register, watch, reset, setError, formState } = form;
  const handleSubmit = useFocusFirstError(form);
  const { errors, isSubmitting, submitCount, isValid } = formState;
  const err = (m: string | undefined) => (m ? t(errorKey(m)) : undefined);
  const { submitError, run } = useSubmitWithServerErrors(FIELDS, setError);

  const submit = (v: CreateUserFormOutput) =>
    run(async () => {
      await onSubmit({ ...v, schoolId: toRequestSchool(v.role, v.schoolId) });
      reset(blank());
    });

  return (
    <form className="form" noValidate onSubmit={handleSubmit(submit)} aria-label={tf('admin.users.createTitle')}>
      <FormErrorBanners hasInvalidFields={submitCount > 0 && !isValid} submitError={submitError} />
      <div className="form__grid">
        <FormField label={tf('admin.user.loginId')} hint={tf('admin.user.loginIdHint')} error={err(errors.loginId?.message)} required>
          <input autoComplete="off" autoCapitalize="none" spellCheck={false} {...register('loginId')} />
        </FormField>
        <FormField label={tf('admin.user.displayName')} error={err(errors.displayName?.message)} required>
          <input autoComplete="off" {...register('displayName')} />
        </FormField>
        <FormField label={tf('admin.user.role')} error={err(errors.role?.message)} required>
          <Select options={roleOptions(t)} {...register('role')} />
        </FormField>
        <TeacherSchoolField role={watch('role')} schools={schools} error={err(errors.schoolId?.message)} registration={register('schoolId')} />
        <FormField label={tf('admin.user.initialPassword')} hint={tf('admin.user.passwordHint')} error={err(errors.password?.message)} required>
          <input type="text" autoComplete="new-password" spellCheck={false} {...register('password')} />
        </FormField>
      </div>
      <FormActions busy={isSubmitting} submitLabel={tf('admin.users.create')} />
    </form>
  );
}
