/** A company's page: its profile (companies) with what the trial-work features add to it. */
import { CompanyDetailScreen } from '../../features/companies/components/company-detail-screen';
import { CompanyCandidatesSection } from '../../features/matching/components/company-candidates-section';
import { CompanyOpeningsSection } from '../../features/openings/components/company-openings-section';
import { CompanyPlacementsSection } from '../../features/placements/components/company-placements-section';
import { CompanyVisitsSection } from '../../features/visits/components/company-visits-section';

export function CompanyPage() {
  return (
    <CompanyDetailScreen
      sections={(company) => (
        <>
          <CompanyVisitsSection company={company} />
          <CompanyOpeningsSection company={company} />
          <CompanyPlacementsSection company={company} />
          <CompanyCandidatesSection company={company} />
        </>
      )}
    />
  );
}
