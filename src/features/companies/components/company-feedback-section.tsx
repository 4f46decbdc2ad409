/** Feedback for workplace improvement across the company's trials (being built: issue 11). */
import type { Company } from '../../../shared/entities';

export function CompanyFeedbackSection(_props: { company: Company }) {
  return null;
}
