/**
 * Devices that have signed in, newest contact first. Revoking asks once more, in words, what will
 * happen: the device is not reachable now, so it wipes itself only when it next talks to the server.
 */
import { Fragment, useState } from 'react';
import { apiErrorMessageKey } from '../../../lib/api-error-message';
import { formatDateTime } from '../../../lib/date-time';
import { shortDeviceId } from '../../../lib/device-id';
import type { Device } from '../../../shared/auth-protocol';
import { AdminTable, AdminTablePanel } from './admin-table';
import { useAdminMessages } from '../messages';

type Props = {
  devices: Device[];
  /** userId → display name; a device of a deleted user falls back to a short id. */
  userNames: ReadonlyMap<string, string>;
  onRevoke: (clientId: string) => Promise<void>;
  /** This device: marked, and not revocable from itself (that would wipe the tablet in hand). */
  thisDeviceId?: string | undefined;
};

const unsentTotal = (d: Device) => (d.unsent ? d.unsent.unsent + d.unsent.needsAttention : 0);
const holdsUnsent = (d: Device) => unsentTotal(d) > 0;

/** When the device last finished a sync, and what it still held then (from its own report). */
function SyncReport({ device }: { device: Device }) {
  const { t, lang, tf } = useAdminMessages();
  const { lastSyncAt, unsent } = device;
  if (!lastSyncAt || !unsent) return <span className="admin-table__sub">{tf('admin.devices.noSyncYet')}</span>;
  return (
    <>
      {formatDateTime(lastSyncAt, lang)}
      {holdsUnsent(device) ? (
        <span className="admin-table__sub admin-table__sub--warn">
          {[
            unsent.unsent > 0 ? t('sync.pending', { n: unsent.unsent }) : null,
            unsent.needsAttention > 0 ? tf('admin.devices.needsAttention', { n: unsent.needsAttention }) : null,
            unsent.oldestUnsentAt ? tf('admin.devices.oldestUnsent', { time: formatDateTime(unsent.oldestUnsentAt, lang) }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      ) : (
        <span className="admin-table__sub">{tf('admin.devices.allSent')}</span>
      )}
    </>
  );
}

const order = (a: Device, b: Device) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null) || b.lastSeen.localeCompare(a.lastSeen);

export function DeviceList({ devices, userNames, onRevoke, thisDeviceId }: Props) {
  const { t, lang, tf } = useAdminMessages();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const revoke = async (clientId: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await onRevoke(clientId);
      setConfirming(null);
    } catch (e) {
      setError(t(apiErrorMessageKey(e)));
    } finally {
      setBusy(false);
    }
  };

  if (devices.length === 0) return <p className="empty">{tf('admin.devices.empty')}</p>;
  const columns = [tf('admin.devices.device'), tf('admin.devices.lastUser'), tf('admin.devices.lastSeen'), tf('admin.devices.lastSync'), tf('admin.user.state')];
  return (
    <AdminTable caption={tf('admin.devices.title')} columns={columns}>
      {[...devices].sort(order).map((d) => {
        const id = shortDeviceId(d.clientId);
        const user = userNames.get(d.userId) ?? tf('admin.devices.unknownUser', { id: d.userId.slice(0, 8) });
        return (
          <Fragment key={d.clientId}>
            <tr className={d.revokedAt ? 'admin-table__row--off' : undefined}>
              <th scope="row">
                <code className="admin-table__code" title={d.clientId}>
                  {id}
                </code>
                {d.clientId === thisDeviceId ? <span className="admin-table__sub">{tf('admin.devices.thisDevice')}</span> : null}
              </th>
              <td>{user}</td>
              <td>{formatDateTime(d.lastSeen, lang)}</td>
              <td>
                <SyncReport device={d} />
              </td>
              <td>
                {d.revokedAt ? (
                  <>
                    <span className="tag tag--off">{tf('admin.devices.revokedTag')}</span>
                    <span className="admin-table__sub">{formatDateTime(d.revokedAt, lang)}</span>
                  </>
                ) : (
                  <span className="tag tag--on">{tf('admin.devices.active')}</span>
                )}
              </td>
              <td className="admin-table__actions">
                {d.revokedAt || d.clientId === thisDeviceId ? null : (
                  <button
                    type="button"
                    className="button button--danger"
                    aria-expanded={confirming === d.clientId}
                    aria-label={tf('admin.devices.revokeOf', { id })}
                    onClick={() => {
                      setError(undefined);
                      setConfirming(confirming === d.clientId ? null : d.clientId);
                    }}
                  >
                    {tf('admin.devices.revoke')}
                  </button>
                )}
              </td>
            </tr>
            {confirming === d.clientId ? (
              <AdminTablePanel columns={columns.length}>
                <div className="banner banner--warning admin-confirm" role="group" aria-label={tf('admin.devices.confirmTitle', { id })}>
                  <p className="banner__title">{tf('admin.devices.confirmTitle', { id })}</p>
                  <p>{tf('admin.devices.confirmBody', { user })}</p>
                  {holdsUnsent(d) ? (
                    <p>
                      <strong>{tf('admin.devices.confirmUnsent', { time: formatDateTime(d.lastSyncAt ?? d.lastSeen, lang), n: unsentTotal(d) })}</strong>
                    </p>
                  ) : null}
                  {error ? (
                    <p className="field__error" role="alert">
                      {error}
                    </p>
                  ) : null}
                  <div className="form__actions">
                    <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
                      {t('common.cancel')}
                    </button>
                    <button type="button" className="button button--danger admin-confirm__go" disabled={busy} onClick={() => void revoke(d.clientId)}>
                      {tf('admin.devices.confirmRevoke')}
                    </button>
                  </div>
                </div>
              </AdminTablePanel>
            ) : null}
          </Fragment>
        );
      })}
    </AdminTable>
  );
}
