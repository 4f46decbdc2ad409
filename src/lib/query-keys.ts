/**
 * Every react-query key in one place, so a mutation invalidates exactly the lists it changes and
 * a typo cannot silently create a second cache entry.
 */
import type { EntityName } from '../shared/entities';

export const queryKeys = {
  /** This device's clientId (local; never changes while signed in). */
  thisDevice: ['device', 'clientId'] as const,
  admin: {
    all: ['admin'] as const,
    users: ['admin', 'users'] as const,
    devices: ['admin', 'devices'] as const,
    /** Under `admin` so any admin change also refreshes an open history. */
    audit: (entity: EntityName, id: string) => ['admin', 'audit', entity, id] as const,
  },
};

/** Mutation keys: let a screen ask "is anything being saved?" (useIsMutating) per kind of change. */
export const mutationKeys = {
  admin: {
    createUser: ['admin', 'users', 'create'] as const,
    updateUser: ['admin', 'users', 'update'] as const,
    resetPassword: ['admin', 'users', 'password'] as const,
    revokeDevice: ['admin', 'devices', 'revoke'] as const,
  },
};
