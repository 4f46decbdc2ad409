/** Draws its children only for roles that have `screen` (e.g. the counter has no trial work: no trials, no suggestions). */
import type { ReactNode } from 'react';
import { canUse, type Screen } from './role-access';
import { useSession } from './use-session';

export function OnlyFor({ screen, children }: { screen: Screen; children: ReactNode }) {
  const { user } = useSession();
  return user && canUse(user.role, screen) ? children : null;
}
