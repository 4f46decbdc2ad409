/** Draws its children only for roles with the trial-work screens (the counter does not propose trials). */
import type { ReactNode } from 'react';
import { canUse } from '../../../auth/role-access';
import { useSession } from '../../../auth/use-session';

export function TrialWorkOnly({ children }: { children: ReactNode }) {
  const { user } = useSession();
  return user && canUse(user.role, 'trialWork') ? children : null;
}
