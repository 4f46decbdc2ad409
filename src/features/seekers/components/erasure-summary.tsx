/** What deleting a seeker takes with it (src/domain/erasure.ts), counted on the device, for the confirmation. */
import { useI18n } from '../../../lib/i18n/i18n';
import { useErasureCounts } from '../../../storage/consent-queries';

export function ErasureSummary({ seekerId }: { seekerId: string }) {
  const { t } = useI18n();
  const counts = useErasureCounts(seekerId);
  return (
    <>
      <p>{t('seeker.delete.body')}</p>
      <ul className="erasure-list">
        <li>{t('seeker.delete.goes.person')}</li>
        <li>{t('seeker.delete.goes.counselling', { count: counts?.['counsellingRecords'] ?? 0 })}</li>
        <li>{t('seeker.delete.goes.checkIns', { count: counts?.['checkIns'] ?? 0 })}</li>
        <li>{t('seeker.delete.goes.text')}</li>
      </ul>
      <p className="muted">{t('seeker.delete.stays')}</p>
    </>
  );
}
