/**
 * Set a new password for a user who forgot theirs. The server ends the user's sessions, so a password
 * that leaked stops working everywhere at once.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { SUBMIT_FIRST, useFocusFirstError } from '../../../components/form-submit';
import { FormField } from '../../../components/ui/form-field';
import { apiErrorMessageKey } from '../../../lib/api-error-message';
import { errorKey } from '../../../lib/i18n/i18n';
import type { AdminUser } from '../../../shared/auth-protocol';
import { resetPasswordFormSchema } from '../user-form-schemas';
import { applyServerFieldErrors } from './server-field-errors';
import { useAdminMessages } from '../messages';

export function PasswordResetForm({ user, onSubmit }: { user: AdminUser; onSubmit: (password: string) => Promise<void> }) {
  const { t, tf } = useAdminMessages();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const form = useForm<{ password: string }>({ resolver: zodResolver(resetPasswordFormSchema), defaultValues: { password: '' }, ...SUBMIT_FIRST });
  const { register, reset, setError, formState } = form;
  const handleSubmit = useFocusFirstError(form);
  const { errors, isSubmitting } = formState;

  const submit = async ({ password }: { password: string }) => {
    setMessage(undefined);
    try {
      await onSubmit(password);
      reset({ password: '' });
      setMessage({ ok: true, text: tf('admin.users.passwordReset', { name: user.displayName }) });
    } catch (error) {
      if (!applyServerFieldErrors(error, ['password'], setError)) setMessage({ ok: false, text: t(apiErrorMessageKey(error)) });
    }
  };

  return (
    <form className="form admin-subform" noValidate onSubmit={handleSubmit(submit)} aria-label={tf('admin.users.resetTitle')}>
      <h3 className="admin-subform__title">{tf('admin.users.resetTitle')}</h3>
      {message ? (
        <p className={`banner ${message.ok ? 'banner--success' : 'banner--error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
      <div className="admin-inline">
        <FormField label={tf('admin.user.newPassword')} hint={tf('admin.user.passwordHint')} error={errors.password?.message ? t(errorKey(errors.password.message)) : undefined} required>
          <input type="text" autoComplete="new-password" spellCheck={false} {...register('password')} />
        </FormField>
        <button type="submit" className="button button--secondary" disabled={isSubmitting}>
          {tf('admin.users.resetPassword')}
        </button>
      </div>
    </form>
  );
}
