/** Navigation to the two review screens, each with the number of items waiting for a person. */
import { NavLink } from 'react-router';
import { useI18n } from '../../../lib/i18n/i18n';
import { useAttentionCount, useConflictCount } from '../../../storage/hooks/use-review-counts';

export function SyncNavLinks() {
  const { t } = useI18n();
  const attention = useAttentionCount();
  const conflicts = useConflictCount();
  return (
    <>
      <NavLink to="/sync/attention">
        {t('nav.attention')}
        {attention > 0 ? <span className="nav-count" data-testid="attention-count">{attention}</span> : null}
      </NavLink>
      <NavLink to="/sync/conflicts">
        {t('nav.conflicts')}
        {conflicts > 0 ? <span className="nav-count" data-testid="conflict-count">{conflicts}</span> : null}
      </NavLink>
    </>
  );
}
