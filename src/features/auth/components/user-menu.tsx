/** Who is signed in (name and role) and the sign-out button with its dialog, in the header's menu. */
import { lazy, Suspense, useState } from 'react';
import { useSession } from '../../../auth/use-session';
import { useI18n } from '../../../lib/i18n/i18n';

const SignOutDialog = lazy(async () => ({ default: (await import('./sign-out-dialog')).SignOutDialog }));

export function UserMenu() {
  const { t } = useI18n();
  const { user } = useSession();
  const [open, setOpen] = useState(false);
  if (!user) return null;
  return (
    <div className="user-menu">
      <span className="user-menu__name" data-testid="current-user">
        {t('auth.user', { name: user.displayName, role: t(`role.${user.role}`) })}
      </span>
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('auth.signOut')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <SignOutDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
