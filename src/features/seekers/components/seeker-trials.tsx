import { codeLabel } from '../../../lib/code-options';
import { formatDate } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n/i18n';
import { useSeekerTrials } from '../hooks/use-seeker-children';

export function SeekerTrials({ seekerId }: { seekerId: string }) {
  const { t, lang } = useI18n();
  const trials = useSeekerTrials(seekerId);
  return (
    <section className="card" aria-labelledby="seeker-trials-title">
      <h2 id="seeker-trials-title">{t('seeker.trials.title')}</h2>
      {trials && trials.length === 0 ? <p className="empty">{t('seeker.trials.empty')}</p> : null}
      <ul className="plain-list">
        {trials?.map((trial) => (
          <li key={trial.id} className="timeline-item">
            <strong>{trial.companyName}</strong> ・ {trial.jobTitle} ・ {codeLabel(t, 'trialStatus', trial.status)}
            <br />
            {formatDate(trial.startDate, lang)} 〜 {formatDate(trial.endDate, lang)}
          </li>
        ))}
      </ul>
    </section>
  );
}
