/** /admin/devices: every tablet or desktop that has signed in; a lost one can be revoked here. */
import { useMemo, useState } from 'react';
import { SuccessBanner } from '../../../components/ui/banner';
import { shortDeviceId } from '../../../lib/device-id';
import { useAdminDevices, useAdminUsers, useRevokeDevice, useThisDeviceId } from '../hooks/use-admin-data';
import { AdminGate } from './admin-gate';
import { AdminQueryBody } from './admin-query-body';
import { DeviceList } from './device-list';
import { useAdminMessages } from '../messages';

export function DevicesScreen() {
  const { tf } = useAdminMessages();
  return (
    <AdminGate title={tf('admin.devices.title')}>
      <DevicesContent />
    </AdminGate>
  );
}

function DevicesContent() {
  const { tf } = useAdminMessages();
  const devices = useAdminDevices();
  // Only for names: the device list carries user ids.
  const users = useAdminUsers();
  const revoke = useRevokeDevice();
  const thisDeviceId = useThisDeviceId();
  const [flash, setFlash] = useState<string | undefined>();
  const userNames = useMemo(() => new Map((users.data ?? []).map((u) => [u.userId, u.displayName])), [users.data]);

  return (
    <>
      <p className="admin-intro">{tf('admin.devices.intro')}</p>
      <SuccessBanner message={flash} />
      <AdminQueryBody query={devices}>
        {(data) => (
          <DeviceList
            devices={data}
            userNames={userNames}
            thisDeviceId={thisDeviceId}
            onRevoke={async (clientId) => {
              await revoke.mutateAsync(clientId);
              setFlash(tf('admin.devices.revoked', { id: shortDeviceId(clientId) }));
            }}
          />
        )}
      </AdminQueryBody>
    </>
  );
}
