/**
 * Reopening the app on this device (also offline): the passcode unlocks it for 7 days after the
 * last online sign-in. Wrong tries are counted (5 → password sign-in); a password sign-in is always
 * offered, for a forgotten passcode (a new one is set after it) or handing the device to someone else.
 * The field is uncontrolled: index.html paints this screen before the app runs and the app hydrates
 * it (src/main.tsx), so digits typed meanwhile stay in the field and are read from it on submit.
 */
import { useRef, useState, type FormEvent } from 'react';
import { unlockWithPasscode, useSession } from '../../../auth/use-session';
import { FormField } from '../../../components/ui/form-field';
import { useI18n } from '../../../lib/i18n/i18n';
import { AuthFrame } from './auth-frame';
import { AuthSubmit } from './auth-submit';
import { SignInScreen } from './lazy-sign-in-screen';

export function PasscodeLockScreen() {
  const { t } = useI18n();
  const { user } = useSession();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [usePassword, setUsePassword] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  // A forgotten passcode is the usual reason to come this way: a new one is chosen after the sign-in.
  if (usePassword) return <SignInScreen defaultLoginId={user?.loginId} replacePasscode />;

  // A refusal puts the focus back in the field, as every form does with its first error (form-submit.ts).
  const refuse = (message: string) => {
    setError(message);
    field.current?.focus();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = field.current;
    if (!input) return;
    const code = input.value.normalize('NFKC').trim();
    if (!/^\d{4,8}$/u.test(code)) return refuse(t('errors.passcode_format'));
    setBusy(true);
    const result = await unlockWithPasscode(code);
    setBusy(false);
    input.value = '';
    // expired / too-many-failures switch the store to signed-out: the gate shows the sign-in screen.
    if (!result.ok && result.reason === 'wrong') refuse(t('auth.lock.wrong', { n: result.remaining }));
  };

  return (
    <AuthFrame title={t('auth.lock.title')}>
      {/* Who is filled in once the stored session is read (a moment after a cold start); its two lines keep their place meanwhile. */}
      <p className="auth-card__intro auth-card__who">{user ? t('auth.lock.who', { name: user.displayName, role: t(`role.${user.role}`) }) : '\u00a0'}</p>
      <form className="form auth-form" noValidate onSubmit={(e) => void submit(e)}>
        <FormField label={t('auth.lock.field')} required error={error}>
          <input ref={field} type="password" inputMode="numeric" autoComplete="off" maxLength={8} autoFocus />
        </FormField>
        <AuthSubmit busy={busy} label={t('auth.lock.submit')} busyLabel={t('auth.lock.checking')} />
      </form>
      <button type="button" className="button button--secondary auth-card__alt" onClick={() => setUsePassword(true)}>
        {t('auth.lock.usePassword')}
      </button>
    </AuthFrame>
  );
}
