/** A company's visits, newest first, and 訪問を記録 (being built: issue 11). */
import type { Company } from '../../../shared/entities';

export function CompanyVisitsSection(_props: { company: Company }) {
  return null;
}
