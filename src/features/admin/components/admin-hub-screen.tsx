/** /admin: the admin's starting point. Record histories live on each record's own screen. */
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/i18n';
import { AdminGate } from './admin-gate';

export function AdminHubScreen() {
  const { t } = useI18n();
  return (
    <AdminGate title={t('admin.title')} back={false}>
      <ul className="admin-hub plain-list">
        <li className="card admin-hub__item">
          <h2>
            <Link to="/admin/users">{t('admin.users.title')}</Link>
          </h2>
          <p>{t('admin.hub.users')}</p>
        </li>
        <li className="card admin-hub__item">
          <h2>
            <Link to="/admin/devices">{t('admin.devices.title')}</Link>
          </h2>
          <p>{t('admin.hub.devices')}</p>
        </li>
        <li className="card admin-hub__item">
          <h2>{t('history.title')}</h2>
          <p>{t('admin.hub.history')}</p>
        </li>
      </ul>
    </AdminGate>
  );
}
