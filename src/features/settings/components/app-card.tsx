/** The app itself: version, a waiting update (for those who chose あとで), installation (the steps on iPad/iPhone). */
import { APP_VERSION } from '../../../pwa/app-version';
import { useInstallMessages } from '../../../pwa/install-messages';
import { isIosSafari, isStandalone, promptInstall, useCanInstall } from '../../../pwa/install-prompt';
import { agreeToUpdate, useUpdateState } from '../../../pwa/use-update-state';
import { useSettingsMessages } from '../messages';

export function AppCard() {
  const { t, tf } = useInstallMessages();
  const { tf: settingsText } = useSettingsMessages();
  const update = useUpdateState();
  const canInstall = useCanInstall();
  const standalone = isStandalone();
  return (
    <section className="card settings-card" aria-labelledby="settings-app">
      <h2 id="settings-app">{settingsText('settings.app.title')}</h2>
      <dl className="settings-list">
        <div>
          <dt>{settingsText('settings.app.version')}</dt>
          <dd data-testid="app-version">{APP_VERSION}</dd>
        </div>
        <div>
          <dt>{settingsText('settings.app.update')}</dt>
          <dd>{update.available ? settingsText('settings.app.updateAvailable') : settingsText('settings.app.noUpdate')}</dd>
        </div>
        <div>
          <dt>{settingsText('settings.app.install')}</dt>
          <dd>{standalone ? settingsText('settings.app.installed') : settingsText('settings.app.notInstalled')}</dd>
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
