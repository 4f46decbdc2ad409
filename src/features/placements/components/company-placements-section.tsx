/** The trials a company hosts, and proposing one (being built: issue 11). */
import type { Company } from '../../../shared/entities';

export function CompanyPlacementsSection(_props: { company: Company }) {
  return null;
}
