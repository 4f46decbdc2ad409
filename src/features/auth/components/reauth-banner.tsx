/**
 * The server refused the session (401): sync is paused, the user keeps working on local data.
 * The banner says 再ログインが必要です and opens the password form in place (same login id, locked),
 * so nothing on screen (an open form) is lost; a successful sign-in resumes sync.
 */
import { lazy, Suspense, useState } from 'react';
import { useSession } from '../../../auth/use-session';
import { useI18n } from '../../../lib/i18n/i18n';

const SignInForm = lazy(async () => ({ default: (await import('./sign-in-form')).SignInForm }));

export function ReauthBanner() {
  const { t } = useI18n();
  const { reauthRequired, user } = useSession();
  const [open, setOpen] = useState(false);
  if (!reauthRequired || !user) return null;
  return (
    <div className="banner banner--warning reauth" role="alert" data-testid="reauth-banner">
      <p>{t('auth.reauth.banner')}</p>
      {open ? (
        <Suspense fallback={null}>
          <p>{t('auth.signIn.reauthIntro')}</p>
          <SignInForm defaultLoginId={user.loginId} lockLoginId />
          <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
            {t('auth.reauth.cancel')}
          </button>
        </Suspense>
      ) : (
        <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
          {t('auth.reauth.button')}
        </button>
      )}
    </div>
  );
}
