/**
 * Change a user's role, school or disabled flag. A role or school change takes effect on the server
 * at once; records that left the user's scope disappear from their device at its next sync.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormField } from '../../../components/ui/form-field';
import { Select } from '../../../components/ui/select';
import { apiErrorMessageKey } from '../../../lib/api-error-message';
import { errorKey, useI18n } from '../../../lib/i18n/i18n';
import type { AdminUser, UpdateUserRequest } from '../../../shared/auth-protocol';
import type { SchoolOption } from '../../../storage/school-queries';
import { editUserFormSchema, toRequestSchool, type EditUserFormInput, type EditUserFormOutput } from '../user-form-schemas';
import { roleOptions, schoolOptions } from './role-options';
import { applyServerFieldErrors } from './server-field-errors';

const FIELDS = ['role', 'schoolId', 'disabled'] as const;

type Props = {
  user: AdminUser;
  schools: SchoolOption[] | undefined;
  onSubmit: (patch: UpdateUserRequest) => Promise<void>;
  onCancel: () => void;
};

export function UserEditForm({ user, schools, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const [submitError, setSubmitError] = useState<string | undefined>();
  const { register, handleSubmit, watch, setError, formState } = useForm<EditUserFormInput, unknown, EditUserFormOutput>({
    resolver: zodResolver(editUserFormSchema),
    defaultValues: { role: user.role, schoolId: user.schoolId ?? '', disabled: user.disabled },
  });
  const { errors, isSubmitting, isDirty } = formState;
  const err = (m: string | undefined) => (m ? t(errorKey(m)) : undefined);
  const isTeacher = watch('role') === 'teacher';

  const submit = async (v: EditUserFormOutput) => {
    setSubmitError(undefined);
    try {
      await onSubmit({ role: v.role, schoolId: toRequestSchool(v.role, v.schoolId), disabled: v.disabled });
    } catch (error) {
      if (!applyServerFieldErrors(error, FIELDS, setError)) setSubmitError(t(apiErrorMessageKey(error)));
    }
  };

  return (
    <form className="form admin-subform" noValidate onSubmit={handleSubmit(submit)} aria-label={t('admin.users.editTitle', { name: user.displayName })}>
      <h3 className="admin-subform__title">{t('admin.users.editTitle', { name: user.displayName })}</h3>
      {submitError ? (
        <p className="banner banner--error" role="alert">
          {submitError}
        </p>
      ) : null}
      <div className="form__grid">
        <FormField label={t('admin.user.role')} error={err(errors.role?.message)} required>
          <Select options={roleOptions(t)} {...register('role')} />
        </FormField>
        {isTeacher ? (
          <FormField label={t('admin.user.school')} hint={t('admin.user.schoolHint')} error={err(errors.schoolId?.message)} required>
            <Select options={schoolOptions(schools)} placeholder={t('admin.user.schoolPlaceholder')} {...register('schoolId')} />
          </FormField>
        ) : null}
      </div>
      <label className="check check--block">
        <input type="checkbox" {...register('disabled')} />
        <span>{t('admin.user.disable')}</span>
      </label>
      <p className="field__hint">{t('admin.users.scopeHint')}</p>
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={isSubmitting || !isDirty}>
          {isSubmitting ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
