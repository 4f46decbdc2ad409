import { TimelineCard } from '../../../components/ui/timeline-card';
import { codeLabel } from '../../../lib/code-options';
import { formatDate } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n/i18n';
import { useSeekerTrials } from '../../../storage/hooks/use-seeker-children';

export function SeekerTrials({ seekerId }: { seekerId: string }) {
  const { t, lang } = useI18n();
  const trials = useSeekerTrials(seekerId);
  return (
    <TimelineCard
      headingId="seeker-trials-title"
      title={t('seeker.trials.title')}
      emptyText={t('seeker.trials.empty')}
      items={trials}
      renderItem={(trial) => (
        <>
          <strong>{trial.companyName}</strong> ・ {trial.jobTitle} ・ {codeLabel(t, 'trialStatus', trial.status)}
          <br />
          {formatDate(trial.startDate, lang)} 〜 {formatDate(trial.endDate, lang)}
        </>
      )}
    />
  );
}
