/**
 * Login ID + password, used by the sign-in screen and the 再ログイン panel. Errors sit next to their
 * field (required, wrong password); a throttled sign-in (429) says how long to wait. When another
 * user's unsent changes are still on the device, the form asks before discarding them.
 * The fields are uncontrolled and the form plain (no react-hook-form, no zod): index.html paints the
 * sign-in screen before the app runs and the app hydrates it (src/main.tsx), so an id or a password
 * typed meanwhile stays in its field and is read from it on submit. As every form of the app does
 * (form-submit.ts): checked on submit, then as each field changes; the focus goes to the first error.
 */
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { SignInResult } from '../../../auth/session-store';
import { signIn } from '../../../auth/use-session';
import { focusFirstFieldInError } from '../../../components/form-submit';
import { ErrorBanner } from '../../../components/ui/banner';
import { FormField } from '../../../components/ui/form-field';
import { errorKey, useI18n, type Translate } from '../../../lib/i18n/i18n';
import { useOnline } from '../../../lib/use-online';
import { AuthSubmit } from './auth-submit';

type Field = 'loginId' | 'password';
type FieldErrors = Partial<Record<Field, string>>;

/** The form's two values as the sign-in takes them: the id trimmed, the password as typed. */
function readValues(form: HTMLFormElement): Record<Field, string> {
  const value = (name: Field) => (form.elements.namedItem(name) as HTMLInputElement).value;
  return { loginId: value('loginId').trim(), password: value('password') };
}

/** The field's own check: both are required. */
function requiredError(value: string): string | undefined {
  return value === '' ? 'required' : undefined;
}

function waitText(t: Translate, seconds: number | undefined): string {
  if (seconds === undefined) return t('auth.error.too-many-attempts-nowait');
  const wait = seconds < 90 ? t('auth.wait.seconds', { n: seconds }) : t('auth.wait.minutes', { n: Math.ceil(seconds / 60) });
  return t('auth.error.too-many-attempts', { wait });
}

/** `replacePasscode`: reached from the lock screen, so the passcode is chosen again after the sign-in. */
export function SignInForm({ defaultLoginId = '', lockLoginId = false, replacePasscode = false }: { defaultLoginId?: string | undefined; lockLoginId?: boolean; replacePasscode?: boolean }) {
  const { t } = useI18n();
  const online = useOnline();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [otherUser, setOtherUser] = useState<{ count: number; login: string }>();
  const [busy, setBusy] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  // Counts refusals; each moves the focus to the first field in error once its message is on screen.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0 && formRef.current) focusFirstFieldInError(formRef.current);
  }, [refusals]);

  const refuse = (next: FieldErrors) => {
    setErrors(next);
    setRefusals((n) => n + 1);
  };

  const submit = async (discard: boolean) => {
    const form = formRef.current;
    if (!form || busy) return;
    setSubmitted(true);
    const values = readValues(form);
    const checked = { loginId: requiredError(values.loginId), password: requiredError(values.password) };
    if (checked.loginId || checked.password) return refuse(checked);
    setErrors({});
    setFormError(undefined);
    setBusy(true);
    let result: SignInResult;
    try {
      result = await signIn(values.loginId, values.password, { discardOtherUsersChanges: discard, replacePasscode });
    } finally {
      setBusy(false);
    }
    if (result.ok) return;
    switch (result.reason) {
      case 'other-user-unsent':
        setOtherUser({ count: result.count, login: defaultLoginId });
        return;
      case 'invalid-credentials':
        refuse({ password: 'auth.error.invalid-credentials' });
        return;
      case 'invalid-request':
        refuse({ loginId: 'auth.error.invalid-request' });
        return;
      case 'too-many-attempts':
        setFormError(waitText(t, result.retryAfterSeconds));
        return;
      default:
        setFormError(t(`auth.error.${result.reason}`));
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(false);
  };
  // After a submit, a field is checked again as it changes (its message goes once it is filled in).
  const recheck = (event: ChangeEvent<HTMLInputElement>) => {
    const { form, name } = event.currentTarget;
    if (!submitted || !form) return;
    const field = name as Field;
    const error = requiredError(readValues(form)[field]);
    setErrors((current) => (current[field] === error ? current : { ...current, [field]: error }));
  };
  // Field errors are either error codes ('required') or full auth.* keys set after the server answered.
  const message = (m: string | undefined) => (m === undefined ? undefined : m.startsWith('auth.') ? t(m as Parameters<Translate>[0]) : t(errorKey(m)));

  return (
    <form ref={formRef} className="form auth-form" noValidate onSubmit={onSubmit}>
      {!online ? (
        <p className="banner banner--warning" role="status">
          {t('auth.signIn.offline')}
        </p>
      ) : null}
      <FormField label={t('auth.loginId')} required error={message(errors.loginId)}>
        {/* defaultValue: the previous user's id, known once the stored session is read; it fills the field while nothing was typed in it. */}
        <input name="loginId" autoComplete="username" autoCapitalize="none" spellCheck={false} readOnly={lockLoginId} defaultValue={defaultLoginId} onChange={recheck} />
      </FormField>
      <FormField label={t('auth.password')} required error={message(errors.password)}>
        <input name="password" type="password" autoComplete="current-password" defaultValue="" onChange={recheck} />
      </FormField>
      <ErrorBanner message={formError} />
      {otherUser ? (
        <div className="banner banner--warning" role="alert">
          <p className="banner__title">{t('auth.otherUser.title')}</p>
          <p>{t('auth.otherUser.body', { n: otherUser.count, login: otherUser.login })}</p>
          <button type="button" className="button button--danger" disabled={busy} onClick={() => void submit(true)}>
            {t('auth.otherUser.discard')}
          </button>
        </div>
      ) : null}
      <AuthSubmit busy={busy} label={t('auth.signIn.submit')} busyLabel={t('auth.signIn.submitting')} />
    </form>
  );
}
