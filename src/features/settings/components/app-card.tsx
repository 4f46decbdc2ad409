/** The app itself: version, a waiting update (for those who chose あとで), installation (the steps on iPad/iPhone). */
import { APP_VERSION } from '../../../pwa/app-version';
import { useInstallMessages } from '../../../pwa/install-messages';
import { isIosSafari, isStandalone, promptInstall, useCanInstall } from '../../../pwa/install-prompt';
import { agreeToUpdate, useUpdateState } from '../../../pwa/use-update-state';

export function AppCard() {
  const { t, tf } = useInstallMessages();
  const update = useUpdateState();
  const canInstall = useCanInstall();
  const standalone = isStandalone();
  return (
    <section className="card settings-card" aria-labelledby="settings-app">
      <h2 id="settings-app">{t('settings.app.title')}</h2>
      <dl className="settings-list">
        <div>
          <dt>{t('settings.app.version')}</dt>
          <dd data-testid="app-version">{APP_VERSION}</dd>
        </div>
        <div>
          <dt>{t('settings.app.update')}</dt>
          <dd>{update.available ? t('settings.app.updateAvailable') : t('settings.app.noUpdate')}</dd>
        </div>
        <div>
          <dt>{t('settings.app.install')}</dt>
          <dd>{standalone ? t('settings.app.installed') : t('settings.app.notInstalled')}</dd>
          {!standalone && isIosSafari() ? <dd className="install-hint__steps">{tf('iosSteps')}</dd> : null}
        </div>
      </dl>
      <div className="settings-card__actions">
        {update.available ? (
          <button type="button" className="button button--primary" onClick={agreeToUpdate} disabled={update.agreed}>
            {t('pwa.update.now')}
          </button>
        ) : null}
        {canInstall && !standalone ? (
          <button type="button" className="button button--secondary" onClick={() => void promptInstall()}>
            {tf('button')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
