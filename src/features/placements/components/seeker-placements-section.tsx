/** A seeker's trials, on their page, and proposing one; nothing for a role without trial work (the counter). */
import { canUse } from '../../../auth/role-access';
import { useSession } from '../../../auth/use-session';
import type { Seeker } from '../../../shared/entities';
import { useSeekerTrials } from '../../../storage/hooks/use-seeker-children';
import { PlacementsCard } from './placements-card';

export function SeekerPlacementsSection({ seeker }: { seeker: Seeker }) {
  const role = useSession().user?.role;
  return role && canUse(role, 'trialWork') ? <SeekerPlacements seeker={seeker} /> : null;
}

function SeekerPlacements({ seeker }: { seeker: Seeker }) {
  const trials = useSeekerTrials(seeker.id);
  return (
    <PlacementsCard
      headingId="seeker-placements-title"
      rows={trials?.map((placement) => ({ placement, party: placement.companyName }))}
      proposePath={`/placements/new?seekerId=${seeker.id}`}
    />
  );
}
