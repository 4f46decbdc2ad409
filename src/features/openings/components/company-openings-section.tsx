/** A company's openings and their open places (being built: issue 11). */
import type { Company } from '../../../shared/entities';

export function CompanyOpeningsSection(_props: { company: Company }) {
  return null;
}
