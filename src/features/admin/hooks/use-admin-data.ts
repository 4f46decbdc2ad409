/**
 * Server data for the admin screens. Lists are react-query queries (online only: nothing here is kept
 * on the device); every mutation invalidates the lists it changes so the screen shows the server's word.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { thisDeviceId } from '../../../auth/use-session';
import { mutationKeys, queryKeys } from '../../../lib/query-keys';
import { useOnline } from '../../../lib/use-online';
import type { CreateUserRequest, UpdateUserRequest } from '../../../shared/auth-protocol';
import { createUser, listDevices, listUsers, resetPassword, revokeDevice, updateUser } from '../api/admin-api';

export function useAdminUsers() {
  const online = useOnline();
  return useQuery({ queryKey: queryKeys.admin.users, queryFn: listUsers, enabled: online, staleTime: 30_000 });
}

export function useAdminDevices() {
  const online = useOnline();
  // lastSeen moves with every sync, so re-read on each visit rather than trusting a cached list.
  return useQuery({ queryKey: queryKeys.admin.devices, queryFn: listDevices, enabled: online, staleTime: 0 });
}

/** The id this device signs in with, so the admin does not revoke (and wipe) the tablet in hand. */
export function useThisDeviceId(): string | undefined {
  return useQuery({ queryKey: queryKeys.thisDevice, queryFn: thisDeviceId, networkMode: 'always' }).data;
}

/**
 * An admin write whose success re-reads the server list it changed (`invalidates`), so the screen
 * shows the server's word rather than a guess. The promise is returned, so mutateAsync resolves only
 * once the list is fresh: a flash "saved" never sits above the old row.
 */
function useAdminMutation<V, R>(mutationKey: readonly unknown[], mutationFn: (variables: V) => Promise<R>, invalidates: readonly unknown[]) {
  const client = useQueryClient();
  return useMutation({ mutationKey, mutationFn, onSuccess: () => client.invalidateQueries({ queryKey: invalidates }) });
}

export function useCreateUser() {
  return useAdminMutation(mutationKeys.admin.createUser, (request: CreateUserRequest) => createUser(request), queryKeys.admin.users);
}

export function useUpdateUser() {
  return useAdminMutation(mutationKeys.admin.updateUser, ({ id, patch }: { id: string; patch: UpdateUserRequest }) => updateUser(id, patch), queryKeys.admin.users);
}

export function useResetPassword() {
  return useAdminMutation(mutationKeys.admin.resetPassword, ({ id, password }: { id: string; password: string }) => resetPassword(id, password), queryKeys.admin.users);
}

export function useRevokeDevice() {
  return useAdminMutation(mutationKeys.admin.revokeDevice, (clientId: string) => revokeDevice(clientId), queryKeys.admin.devices);
}
