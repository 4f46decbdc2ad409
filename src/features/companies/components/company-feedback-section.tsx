/**
 * The feedback for workplace improvement (職場環境の改善) the company was given across all its trials,
 * newest trial first: the programme promises companies this, so it stays on their page. Each shows the
 * trial's period, job and outcome, not the seeker: the point is the workplace, not the person.
 */
import { codeLabel } from '../../../lib/code-options';
import { formatDate } from '../../../lib/dates';
import type { Company } from '../../../shared/entities';
import { useCompanyTrials } from '../../../storage/hooks/use-company-children';
import { useCompanyMessages } from '../messages';

export function CompanyFeedbackSection({ company }: { company: Company }) {
  const { t, tf, lang } = useCompanyMessages();
  const trials = useCompanyTrials(company.id);
  const withFeedback = trials?.filter((trial) => trial.employerFeedback.trim() !== '');
  return (
    <section className="card" aria-labelledby="company-feedback-title">
      <h2 id="company-feedback-title">{tf('feedback.title')}</h2>
      <p className="muted">{tf('feedback.intro')}</p>
      {withFeedback && withFeedback.length === 0 ? <p className="empty">{tf('feedback.empty')}</p> : null}
      <ul className="plain-list">
        {withFeedback?.map((trial) => (
          <li key={trial.id} className="timeline-item">
            <p className="timeline-item__head">
              {tf('feedback.trial', {
                start: formatDate(trial.startDate, lang),
                end: formatDate(trial.endDate, lang),
                job: trial.jobTitle,
                status: codeLabel(t, 'trialStatus', trial.status),
              })}
            </p>
            <p className="prewrap">{trial.employerFeedback}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
