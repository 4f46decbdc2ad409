/**
 * 更新があります: shown when a new version is waiting. The app reloads only after 今すぐ更新, and
 * even then not while a form holds unsaved input or changes are being sent; the prompt says which
 * and that the update continues by itself once that is over. Not modal: typing must go on.
 */
import { useEffect } from 'react';
import { useI18n } from '../lib/i18n/i18n';
import type { MessageKey } from '../lib/i18n/ja';
import { agreeToUpdate, postponeUpdate, useUpdateState } from './use-update-state';

export function UpdatePrompt() {
  const { t } = useI18n();
  const { available, agreed, postponed, blocker } = useUpdateState();
  const visible = available && !postponed;
  // Room below the page while the prompt floats there, so it never hides a form's 保存/キャンセル.
  useEffect(() => {
    if (!visible) return;
    document.body.classList.add('has-update-prompt');
    return () => document.body.classList.remove('has-update-prompt');
  }, [visible]);
  if (!visible) return null;
  let note: MessageKey | null = null;
  if (blocker === 'unsaved') note = agreed ? 'pwa.update.waitUnsaved' : 'pwa.update.blockedUnsaved';
  else if (blocker === 'pushing') note = agreed ? 'pwa.update.waitPushing' : 'pwa.update.blockedPushing';
  else if (agreed) note = 'pwa.update.applying';
  return (
    <section className="update-prompt" role="region" aria-labelledby="update-prompt-title" data-testid="update-prompt">
      <h2 id="update-prompt-title" className="update-prompt__title">
        {t('pwa.update.title')}
      </h2>
      <p className="update-prompt__body">{t('pwa.update.body')}</p>
      {note ? (
        <p className="update-prompt__note" role="status">
          {t(note)}
        </p>
      ) : null}
      <div className="update-prompt__actions">
        <button type="button" className="button button--secondary" onClick={postponeUpdate}>
          {t('pwa.update.later')}
        </button>
        <button type="button" className="button button--primary" onClick={agreeToUpdate} disabled={agreed}>
          {t('pwa.update.now')}
        </button>
      </div>
    </section>
  );
}
