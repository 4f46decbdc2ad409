/**
 * Login ID + password, used by the sign-in screen and the 再ログイン panel. Errors sit next to their
 * field (required, wrong password); a throttled sign-in (429) says how long to wait. When another
 * user's unsent changes are still on the device, the form asks before discarding them.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { signIn } from '../../../auth/use-session';
import { SUBMIT_FIRST, useFocusFirstError } from '../../../components/form-submit';
import { ErrorBanner } from '../../../components/ui/banner';
import { FormField } from '../../../components/ui/form-field';
import { errorKey, useI18n, type Translate } from '../../../lib/i18n/i18n';
import { useOnline } from '../../../lib/use-online';
import { AuthSubmit } from './auth-submit';

const signInSchema = z.object({
  loginId: z.string().trim().min(1, { error: 'required' }),
  password: z.string().min(1, { error: 'required' }),
});
type SignInValues = z.input<typeof signInSchema>;

function waitText(t: Translate, seconds: number | undefined): string {
  if (seconds === undefined) return t('auth.error.too-many-attempts-nowait');
  const wait = seconds < 90 ? t('auth.wait.seconds', { n: seconds }) : t('auth.wait.minutes', { n: Math.ceil(seconds / 60) });
  return t('auth.error.too-many-attempts', { wait });
}

/** `replacePasscode`: reached from the lock screen, so the passcode is chosen again after the sign-in. */
export function SignInForm({ defaultLoginId = '', lockLoginId = false, replacePasscode = false }: { defaultLoginId?: string | undefined; lockLoginId?: boolean; replacePasscode?: boolean }) {
  const { t } = useI18n();
  const online = useOnline();
  const [formError, setFormError] = useState<string>();
  const [otherUser, setOtherUser] = useState<{ count: number; login: string }>();
  const form = useForm<SignInValues>({ resolver: zodResolver(signInSchema), defaultValues: { loginId: defaultLoginId, password: '' }, ...SUBMIT_FIRST });
  const handleSubmit = useFocusFirstError(form);
  const { errors, isSubmitting } = form.formState;

  const submit = async (values: SignInValues, discard = false) => {
    setFormError(undefined);
    const result = await signIn(values.loginId, values.password, { discardOtherUsersChanges: discard, replacePasscode });
    if (result.ok) return;
    switch (result.reason) {
      case 'other-user-unsent':
        setOtherUser({ count: result.count, login: defaultLoginId });
        return;
      case 'invalid-credentials':
        form.setError('password', { message: 'auth.error.invalid-credentials' }, { shouldFocus: true });
        return;
      case 'invalid-request':
        form.setError('loginId', { message: 'auth.error.invalid-request' }, { shouldFocus: true });
        return;
      case 'too-many-attempts':
        setFormError(waitText(t, result.retryAfterSeconds));
        return;
      default:
        setFormError(t(`auth.error.${result.reason}`));
    }
  };
  // Field errors are either zod keys ('required') or full auth.* keys set after the server answered.
  const message = (m: string | undefined) => (m === undefined ? undefined : m.startsWith('auth.') ? t(m as Parameters<Translate>[0]) : t(errorKey(m)));

  return (
    <form className="form auth-form" noValidate onSubmit={handleSubmit((v) => submit(v))}>
      {!online ? (
        <p className="banner banner--warning" role="status">
          {t('auth.signIn.offline')}
        </p>
      ) : null}
      <FormField label={t('auth.loginId')} required error={message(errors.loginId?.message)}>
        <input autoComplete="username" autoCapitalize="none" spellCheck={false} readOnly={lockLoginId} {...form.register('loginId')} />
      </FormField>
      <FormField label={t('auth.password')} required error={message(errors.password?.message)}>
        <input type="password" autoComplete="current-password" {...form.register('password')} />
      </FormField>
      <ErrorBanner message={formError} />
      {otherUser ? (
        <div className="banner banner--warning" role="alert">
          <p className="banner__title">{t('auth.otherUser.title')}</p>
          <p>{t('auth.otherUser.body', { n: otherUser.count, login: otherUser.login })}</p>
          <button type="button" className="button button--danger" disabled={isSubmitting} onClick={handleSubmit((v) => submit(v, true))}>
            {t('auth.otherUser.discard')}
          </button>
        </div>
      ) : null}
      <AuthSubmit busy={isSubmitting} label={t('auth.signIn.submit')} busyLabel={t('auth.signIn.submitting')} />
    </form>
  );
}
