/** The /api/admin endpoints (sync-server/src/routes/admin.ts), each answer parsed with its shared schema. */
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-request';
import {
  deviceListResponseSchema,
  userListResponseSchema,
  userResponseSchema,
  type AdminUser,
  type CreateUserRequest,
  type Device,
  type UpdateUserRequest,
} from '../../../shared/auth-protocol';

const okSchema = z.object({ status: z.literal('ok') });
const userPath = (id: string) => `/api/admin/users/${encodeURIComponent(id)}`;

export const listUsers = async (): Promise<AdminUser[]> => (await apiRequest(userListResponseSchema, '/api/admin/users')).users;

export const createUser = async (request: CreateUserRequest): Promise<AdminUser> =>
  (await apiRequest(userResponseSchema, '/api/admin/users', 'POST', request)).user;

export const updateUser = async (id: string, patch: UpdateUserRequest): Promise<AdminUser> =>
  (await apiRequest(userResponseSchema, userPath(id), 'PATCH', patch)).user;

export const resetPassword = async (id: string, password: string): Promise<AdminUser> =>
  (await apiRequest(userResponseSchema, `${userPath(id)}/password`, 'POST', { password })).user;

export const listDevices = async (): Promise<Device[]> => (await apiRequest(deviceListResponseSchema, '/api/admin/devices')).devices;

export const revokeDevice = async (clientId: string): Promise<void> => {
  await apiRequest(okSchema, `/api/admin/devices/${encodeURIComponent(clientId)}/revoke`, 'POST', {});
};
