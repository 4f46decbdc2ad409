/**
 * ホーム画面に追加, said once per device: on iPad/iPhone Safari (not yet installed) how to add the app
 * to the home screen, because Safari may delete an uninstalled site's data after days without use;
 * where Chromium offers installation, an install button. It floats at the bottom of the screen
 * instead of pushing every screen down, stays until closed or the app is next opened, and is
 * remembered as shown: the steps stay in 設定 (features/settings/components/app-card.tsx).
 */
import { useEffect, useState } from 'react';
import { isInstallHintShown, isIosSafari, isStandalone, markInstallHintShown, promptInstall, useCanInstall } from './install-prompt';
import { useInstallMessages } from './install-messages';

export function InstallHint() {
  const { tf } = useInstallMessages();
  const canInstall = useCanInstall();
  // Read once: marking it shown below must not hide it at once.
  const [closed, setClosed] = useState(() => isStandalone() || isInstallHintShown());
  const ios = isIosSafari();
  const visible = !closed && (ios || canInstall);
  useEffect(() => {
    if (visible) markInstallHintShown();
  }, [visible]);
  if (!visible) return null;
  return (
    <section className="install-hint" aria-labelledby="install-hint-title" data-testid="install-hint">
      <h2 id="install-hint-title" className="install-hint__title">
        {tf('title')}
      </h2>
      <p>{ios ? tf('iosBody') : tf('chromiumBody')}</p>
      {ios ? <p className="install-hint__steps">{tf('iosSteps')}</p> : null}
      <p className="install-hint__later">{tf('later')}</p>
      <div className="install-hint__actions">
        <button type="button" className="button button--secondary" onClick={() => setClosed(true)}>
          {tf('dismiss')}
        </button>
        {!ios && canInstall ? (
          <button type="button" className="button button--primary" onClick={() => void promptInstall()}>
            {tf('button')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
