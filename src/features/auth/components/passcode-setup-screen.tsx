/** After the first online sign-in on this device: choose the offline passcode (typed twice). */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { isPasscodeWeakness, passcodeSchema } from '../../../auth/passcode-schema';
import { setPasscode } from '../../../auth/use-session';
import { SUBMIT_FIRST, useFocusFirstError } from '../../../components/form-submit';
import { FormField } from '../../../components/ui/form-field';
import { errorKey } from '../../../lib/i18n/i18n';
import { useAuthMessages } from '../messages';
import { AuthFrame } from './auth-frame';
import { AuthSubmit } from './auth-submit';

const setupSchema = z
  .object({ passcode: passcodeSchema, confirm: z.string() })
  .refine((v) => v.passcode === v.confirm.normalize('NFKC').trim(), { error: 'passcode_mismatch', path: ['confirm'] });
type SetupValues = z.input<typeof setupSchema>;

export function PasscodeSetupScreen() {
  const { t, tf } = useAuthMessages();
  // A weak passcode's reason is this screen's word; the other messages are the app's.
  const message = (key: string | undefined) => (isPasscodeWeakness(key) ? tf(key) : t(errorKey(key)));
  const form = useForm<SetupValues, unknown, z.output<typeof setupSchema>>({ resolver: zodResolver(setupSchema), defaultValues: { passcode: '', confirm: '' }, ...SUBMIT_FIRST });
  const handleSubmit = useFocusFirstError(form);
  const { errors, isSubmitting } = form.formState;
  const digits = { type: 'password', inputMode: 'numeric', autoComplete: 'off', maxLength: 8 } as const;
  return (
    <AuthFrame title={t('auth.passcode.setup.title')}>
      <p className="auth-card__intro">{t('auth.passcode.setup.intro')}</p>
      <form className="form auth-form" noValidate onSubmit={handleSubmit((v) => setPasscode(v.passcode))}>
        <FormField label={t('auth.passcode.new')} required hint={t('auth.passcode.hint')} error={errors.passcode ? message(errors.passcode.message) : undefined}>
          <input {...digits} {...form.register('passcode')} />
        </FormField>
        <FormField label={t('auth.passcode.confirm')} required error={errors.confirm ? message(errors.confirm.message) : undefined}>
          <input {...digits} {...form.register('confirm')} />
        </FormField>
        <AuthSubmit busy={isSubmitting} label={t('auth.passcode.save')} busyLabel={t('auth.passcode.saving')} />
      </form>
    </AuthFrame>
  );
}
