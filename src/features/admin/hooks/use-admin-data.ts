/**
 * Server data for the admin screens. Lists are react-query queries (online only: nothing here is kept
 * on the device); every mutation invalidates the lists it changes so the screen shows the server's word.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { mutationKeys, queryKeys } from '../../../lib/query-keys';
import { useOnline } from '../../../lib/use-online';
import { db } from '../../../storage/db';
import { getClientId } from '../../../sync/identity';
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
  return useQuery({ queryKey: queryKeys.thisDevice, queryFn: () => getClientId(db), networkMode: 'always' }).data;
}

function useInvalidate() {
  const client = useQueryClient();
  return (key: readonly unknown[]) => client.invalidateQueries({ queryKey: key });
}

export function useCreateUser() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationKey: mutationKeys.admin.createUser,
    mutationFn: (request: CreateUserRequest) => createUser(request),
    onSuccess: () => invalidate(queryKeys.admin.users),
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationKey: mutationKeys.admin.updateUser,
    mutationFn: ({ id, patch }: { id: string; patch: UpdateUserRequest }) => updateUser(id, patch),
    onSuccess: () => invalidate(queryKeys.admin.users),
  });
}

export function useResetPassword() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationKey: mutationKeys.admin.resetPassword,
    mutationFn: ({ id, password }: { id: string; password: string }) => resetPassword(id, password),
    onSuccess: () => invalidate(queryKeys.admin.users),
  });
}

export function useRevokeDevice() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationKey: mutationKeys.admin.revokeDevice,
    mutationFn: (clientId: string) => revokeDevice(clientId),
    onSuccess: () => invalidate(queryKeys.admin.devices),
  });
}
