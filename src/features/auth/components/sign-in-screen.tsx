/** Shown when nobody is signed in: why (expired, lock-out, revoked, signed out) and the form. */
import { useSession } from '../../../auth/use-session';
import { useI18n } from '../../../lib/i18n/i18n';
import { AuthFrame } from './auth-frame';
import { SignInForm } from './sign-in-form';

export function SignInScreen({ defaultLoginId, replacePasscode }: { defaultLoginId?: string | undefined; replacePasscode?: boolean }) {
  const { t } = useI18n();
  const session = useSession();
  const reason = session.status === 'signed-out' ? session.reason : undefined;
  const tone = reason === 'revoked' ? 'banner--error' : reason === 'signed-out' ? 'banner--success' : 'banner--warning';
  return (
    <AuthFrame title={t('auth.signIn.title')}>
      {reason ? (
        <p className={`banner ${tone}`} role="status" data-testid="sign-in-reason">
          {t(`auth.reason.${reason}`)}
        </p>
      ) : (
        <p className="auth-card__intro">{t('auth.signIn.intro')}</p>
      )}
      <SignInForm defaultLoginId={defaultLoginId ?? session.previousLoginId} replacePasscode={replacePasscode} />
    </AuthFrame>
  );
}
