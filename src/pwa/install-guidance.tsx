/**
 * ホーム画面に追加: on iPad/iPhone Safari (not yet installed) explains how to add the app to the home
 * screen, because Safari may delete an uninstalled site's data after days without use; where Chromium
 * offers installation, shows an install button. Dismissal is remembered on the device.
 */
import { useState } from 'react';
import { useI18n } from '../lib/i18n/i18n';
import {
  dismissInstallGuidance,
  isInstallGuidanceDismissed,
  isIosSafari,
  isStandalone,
  promptInstall,
  useCanInstall,
} from './install-prompt';

export function InstallGuidance() {
  const { t } = useI18n();
  const canInstall = useCanInstall();
  const [hidden, setHidden] = useState(() => isStandalone() || isInstallGuidanceDismissed());
  const ios = isIosSafari();
  if (hidden || (!ios && !canInstall)) return null;
  const dismiss = () => {
    dismissInstallGuidance();
    setHidden(true);
  };
  return (
    <section className="banner banner--info install-guidance" aria-labelledby="install-guidance-title" data-testid="install-guidance">
      <div className="install-guidance__text">
        <h2 id="install-guidance-title" className="banner__title">
          {t('pwa.install.title')}
        </h2>
        <p>{ios ? t('pwa.install.iosBody') : t('pwa.install.chromiumBody')}</p>
        {ios ? <p className="install-guidance__steps">{t('pwa.install.iosSteps')}</p> : null}
      </div>
      <div className="install-guidance__actions">
        {!ios && canInstall ? (
          <button type="button" className="button button--primary" onClick={() => void promptInstall()}>
            {t('pwa.install.button')}
          </button>
        ) : null}
        <button type="button" className="button button--secondary" onClick={dismiss}>
          {t('pwa.install.dismiss')}
        </button>
      </div>
    </section>
  );
}
