/** The trials a company hosts, on its page, and proposing one; nothing for a role without trial work (the counter). */
import { canUse } from '../../../auth/role-access';
import { useSession } from '../../../auth/use-session';
import type { Company } from '../../../shared/entities';
import { useCompanyTrials } from '../../../storage/hooks/use-company-children';
import { PlacementsCard } from './placements-card';

export function CompanyPlacementsSection({ company }: { company: Company }) {
  const role = useSession().user?.role;
  return role && canUse(role, 'trialWork') ? <CompanyPlacements company={company} /> : null;
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
