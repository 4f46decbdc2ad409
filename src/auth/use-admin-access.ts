/**
 * Whether the person using the app is an admin, for hiding admin screens and the record history.
 * This only decides what to draw: the server checks the role on every /api/admin request anyway.
 * A locked app (passcode not entered) is 'denied': the gate in front of the app shows the passcode
 * screen in that state, so this is only a second line.
 */
import { useSession } from './use-session';

/** 'unknown': the stored session has not been read yet. */
export type AdminAccess = 'admin' | 'denied' | 'unknown';

export function useAdminAccess(): AdminAccess {
  const session = useSession();
  if (!session.ready) return 'unknown';
  return session.status === 'signed-in' && session.user?.role === 'admin' ? 'admin' : 'denied';
}
