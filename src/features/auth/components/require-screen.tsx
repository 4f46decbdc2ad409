/**
 * Route guard by role (auth/role-access.ts): a route the role has no screen for redirects to the
 * role's home, so a teacher typing /seekers lands on the school page. The server's scope is the
 * real barrier (a teacher's device never receives a seeker); this keeps the UI consistent with it.
 */
import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { canUse, homePath, type Screen } from '../../../auth/role-access';
import { useSession } from '../../../auth/use-session';

export function RequireScreen({ screen, children }: { screen: Screen; children: ReactNode }) {
  const { user } = useSession();
  if (!user) return null;
  return canUse(user.role, screen) ? children : <Navigate to={homePath(user.role)} replace />;
}

/** "/" and unknown paths: the role's home. */
export function HomeRedirect() {
  const { user } = useSession();
  return user ? <Navigate to={homePath(user.role)} replace /> : null;
}
