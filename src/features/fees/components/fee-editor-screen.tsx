/** One success fee: what it is for (company, seeker, hire), then its amount, status, dates and note. */
import { Link, useNavigate, useParams } from 'react-router';
import { saveFeedback } from '../../../components/record-editor-screen';
import { DetailList } from '../../../components/ui/detail-list';
import { PageHeader } from '../../../components/ui/page-header';
import { fiscalYearLabel } from '../../../domain/fiscal-year';
import { formatDate } from '../../../lib/dates';
import { saveErrorMessage } from '../../../lib/i18n/rule-message';
import { useSaveRecord } from '../../../lib/record-hooks';
import { useFeeRow } from '../../../storage/hooks/use-fees';
import { useRecord } from '../../../storage/hooks/use-record';
import { useFeeMessages } from '../messages';
import { FeeForm } from './fee-form';
import '../fees.css';

export function FeeEditorScreen() {
  const { t, tf, lang } = useFeeMessages();
  const { id } = useParams();
  const navigate = useNavigate();
  const fee = useRecord('successFees', id);
  const row = useFeeRow(id);
  const save = useSaveRecord('successFees');
  if (fee === undefined || row === undefined) return <p role="status">{t('common.loading')}</p>;
  if (fee === null || row === null) return <p role="alert">{t('common.notFound')}</p>;
  const toList = () => navigate('/fees');
  return (
    <section className="screen">
      <Link to="/fees" className="back-link">
        ← {tf('back')}
      </Link>
      <PageHeader
        title={`${tf('editor.title')}: ${row.companyName}`}
        actions={
          <Link to={`/placements/${row.placementId}`} className="button button--secondary">
            {tf('editor.placement')}
          </Link>
        }
      />
      <DetailList
        items={[
          [tf('col.company'), row.companyName],
          [tf('col.seeker'), row.seekerName],
          [tf('col.hiredOn'), formatDate(row.hiredOn, lang)],
          [tf('col.fiscalYear'), row.fiscalYear === null ? '' : fiscalYearLabel(row.fiscalYear, lang)],
        ]}
      />
      <FeeForm
        initial={fee}
        {...saveFeedback(save.error, (error) => saveErrorMessage(t, 'successFees', error))}
        onCancel={toList}
        onSubmit={async (fields) => {
          // A refusal stays in save.error (shown by the form).
          const saved = await save.mutateAsync({ fields, id: fee.id }).catch(() => undefined);
          if (saved) navigate('/fees', { state: { flash: 'common.saved' } });
        }}
      />
    </section>
  );
}
