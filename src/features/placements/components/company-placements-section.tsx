/** The trials a company hosts, on its page, and proposing one; nothing for a role without trial work (the counter). */
import { OnlyFor } from '../../../auth/only-for';
import type { Company } from '../../../shared/entities';
import { useCompanyTrials } from '../../../storage/hooks/use-company-children';
import { PlacementsCard } from './placements-card';

export function CompanyPlacementsSection({ company }: { company: Company }) {
  return (
    <OnlyFor screen="trialWork">
      <CompanyPlacements company={company} />
    </OnlyFor>
  );
}

function CompanyPlacements({ company }: { company: Company }) {
  const trials = useCompanyTrials(company.id);
  return (
    <PlacementsCard
      headingId="company-placements-title"
      rows={trials?.map((placement) => ({ placement, party: placement.seekerName }))}
      proposePath={`/placements/new?companyId=${company.id}`}
    />
  );
}
