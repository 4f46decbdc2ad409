/** /admin: the admin's starting point. Record histories live on each record's own screen. */
import { Link } from 'react-router';
import { AdminGate } from './admin-gate';
import { useAdminMessages } from '../messages';

export function AdminHubScreen() {
  const { t, tf } = useAdminMessages();
  return (
    <AdminGate title={tf('admin.title')} back={false}>
      <ul className="admin-hub plain-list">
        <li className="card admin-hub__item">
          <h2>
            <Link to="/admin/users">{tf('admin.users.title')}</Link>
          </h2>
          <p>{tf('admin.hub.users')}</p>
        </li>
        <li className="card admin-hub__item">
          <h2>
            <Link to="/admin/devices">{tf('admin.devices.title')}</Link>
          </h2>
          <p>{tf('admin.hub.devices')}</p>
        </li>
        <li className="card admin-hub__item">
          <h2>{t('history.title')}</h2>
          <p>{tf('admin.hub.history')}</p>
        </li>
      </ul>
    </AdminGate>
  );
}
