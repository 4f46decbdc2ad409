/**
 * The programme's settings per fiscal year (事業設定): the success fee a hire earns and the programme's
 * cost (事業費, for the report's share of costs covered by fees). Admins write them (the writer-role
 * rule refuses anyone else); coordinators read them. One record per year under a derived id.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../../auth/use-session';
import { PageHeader } from '../../../components/ui/page-header';
import { fiscalYearLabel, fiscalYearOf } from '../../../domain/fiscal-year';
import { todayIso } from '../../../lib/dates';
import type { ProgrammeSetting } from '../../../shared/entities';
import { useProgrammeSettings } from '../../../storage/hooks/use-fees';
import { formatYen } from '../../../lib/numbers';
import { useFeeMessages } from '../messages';
import { ProgrammeSettingForm } from './programme-setting-form';
import '../fees.css';

export function ProgrammeSettingsScreen() {
  const { t, tf, lang } = useFeeMessages();
  const settings = useProgrammeSettings();
  const isAdmin = useSession().user?.role === 'admin';
  const [editing, setEditing] = useState<ProgrammeSetting | null>(null);
  const [savedYear, setSavedYear] = useState<number | null>(null);
  const thisYear = fiscalYearOf(todayIso());
  return (
    <section className="screen">
      <Link to="/fees" className="back-link">
        ← {tf('back')}
      </Link>
      <PageHeader title={tf('settings.title')}>
        <p className="page-header__sub">{tf('settings.intro')}</p>
      </PageHeader>
      {savedYear !== null ? (
        <p className="banner banner--success" role="status">
          {tf('settings.saved', { year: fiscalYearLabel(savedYear, lang) })}
        </p>
      ) : null}
      {settings === undefined ? <p role="status">{t('common.loading')}</p> : null}
      {settings?.length === 0 ? <p className="empty">{tf('settings.empty')}</p> : null}
      {settings && settings.length > 0 ? (
        <table className="settings-table">
          <thead>
            <tr>
              <th scope="col">{tf('settings.fiscalYear')}</th>
              <th scope="col" className="fee-table__num">
                {tf('settings.successFeeAmount')}
              </th>
              <th scope="col" className="fee-table__num">
                {tf('settings.programmeCost')}
              </th>
              {isAdmin ? <td /> : null}
            </tr>
          </thead>
          <tbody>
            {settings.map((s) => (
              <tr key={s.id}>
                <th scope="row">{fiscalYearLabel(s.fiscalYear, lang)}</th>
                <td className="fee-table__num">{formatYen(s.successFeeAmount)}</td>
                <td className="fee-table__num">{formatYen(s.programmeCost)}</td>
                {isAdmin ? (
                  <td>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => setEditing(s)}
                      aria-label={`${tf('settings.edit')}: ${fiscalYearLabel(s.fiscalYear, lang)}`}
                    >
                      {tf('settings.edit')}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {isAdmin ? (
        <ProgrammeSettingForm
          // A new key per record edited: the form starts again from that year's values.
          key={editing?.id ?? 'new'}
          initial={editing ?? { fiscalYear: thisYear, successFeeAmount: 0, programmeCost: 0 }}
          years={[thisYear - 1, thisYear, thisYear + 1]}
          onSaved={(year) => {
            setEditing(null);
            setSavedYear(year);
          }}
        />
      ) : (
        <p className="muted">{tf('settings.readOnly')}</p>
      )}
    </section>
  );
}
