/** A seeker's trials, on their page, and proposing one; nothing for a role without trial work (the counter). */
import { OnlyFor } from '../../../auth/only-for';
import type { Seeker } from '../../../shared/entities';
import { useSeekerTrials } from '../../../storage/hooks/use-seeker-children';
import { PlacementsCard } from './placements-card';

export function SeekerPlacementsSection({ seeker }: { seeker: Seeker }) {
  return (
    <OnlyFor screen="trialWork">
      <SeekerPlacements seeker={seeker} />
    </OnlyFor>
  );
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
