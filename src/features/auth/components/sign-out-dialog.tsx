/**
 * Sign-out: a sign-out wipes the device (a shared tablet keeps nothing of the last user), so unsent changes would be
 * lost. With an empty outbox it only asks once. With unsent changes it offers to sync first (and
 * signs out only if the outbox emptied), or to sign out without sending behind a second
 * confirmation that names the count.
 */
import { useState } from 'react';
import { useModalDialog } from '../../../components/ui/use-modal-dialog';
import { signOut } from '../../../auth/use-session';
import { useI18n } from '../../../lib/i18n/i18n';
import { usePendingChangeCount } from '../../../storage/hooks/use-pending-change-count';
import { requestSync } from '../../../sync/sync-requests';

type Step = 'ask' | 'confirm-discard' | 'working' | 'still-unsent';

export function SignOutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const pending = usePendingChangeCount();
  const [step, setStep] = useState<Step>('ask');
  const ref = useModalDialog();

  const run = async (discardUnsent: boolean) => {
    setStep('working');
    const result = await signOut({ discardUnsent });
    // On success the gate replaces the whole app with the sign-in screen; nothing more to do here.
    if (!result.ok) setStep('still-unsent');
  };
  const syncThenSignOut = async () => {
    setStep('working');
    await requestSync();
    await run(false);
  };

  const working = step === 'working';
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="sign-out-title" onCancel={onClose} data-testid="sign-out-dialog">
      <h2 id="sign-out-title">{t('auth.signOut.title')}</h2>
      <p>{t('auth.signOut.confirm')}</p>
      {pending > 0 && step !== 'confirm-discard' ? (
        <p className="banner banner--warning" role="alert">
          {step === 'still-unsent' ? t('auth.signOut.stillUnsent', { n: pending }) : t('auth.signOut.unsent', { n: pending })}
        </p>
      ) : null}
      {step === 'confirm-discard' ? (
        <p className="banner banner--error" role="alert">
          {t('auth.signOut.discardConfirm', { n: pending })}
        </p>
      ) : null}
      <div className="dialog__actions">
        {working ? <p role="status">{t('auth.signOut.working')}</p> : null}
        {!working && pending === 0 ? (
          <button type="button" className="button button--primary" onClick={() => void run(false)}>
            {t('auth.signOut.yes')}
          </button>
        ) : null}
        {!working && pending > 0 && step !== 'confirm-discard' ? (
          <>
            <button type="button" className="button button--primary" onClick={() => void syncThenSignOut()}>
              {t('auth.signOut.syncFirst')}
            </button>
            <button type="button" className="button button--danger" onClick={() => setStep('confirm-discard')}>
              {t('auth.signOut.discard')}
            </button>
          </>
        ) : null}
        {!working && step === 'confirm-discard' ? (
          <button type="button" className="button button--danger" onClick={() => void run(true)}>
            {t('auth.signOut.discardYes')}
          </button>
        ) : null}
        <button type="button" className="button button--secondary" onClick={onClose} disabled={working}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
