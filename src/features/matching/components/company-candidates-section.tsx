/** Seekers who fit a company (being built: issue 11). */
import type { Company } from '../../../shared/entities';

export function CompanyCandidatesSection(_props: { company: Company }) {
  return null;
}
