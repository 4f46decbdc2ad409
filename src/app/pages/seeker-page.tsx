/** A seeker's page: the profile (seekers) with what the trial-work features add to it. */
import { SeekerSuggestionsSection } from '../../features/matching/components/seeker-suggestions-section';
import { SeekerPlacementsSection } from '../../features/placements/components/seeker-placements-section';
import { SeekerDetailScreen } from '../../features/seekers/components/seeker-detail-screen';

export function SeekerPage() {
  return (
    <SeekerDetailScreen
      sections={(seeker) => (
        <>
          <SeekerPlacementsSection seeker={seeker} />
          <SeekerSuggestionsSection seeker={seeker} />
        </>
      )}
    />
  );
}
