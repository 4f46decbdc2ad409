/**
 * Registering an opening for a company (/companies/:companyId/openings/new) or editing one
 * (/openings/:id/edit); either way back to the company's page, where its openings are listed.
 */
import { useState } from 'react';
import { useParams } from 'react-router';
import { RecordEditorScreen, type EditorFormProps } from '../../../components/record-editor-screen';
import { useI18n } from '../../../lib/i18n/i18n';
import { todayIso } from '../../../lib/dates';
import type { Opening } from '../../../shared/entities';
import { useRecord } from '../../../storage/hooks/use-record';
import { useOpeningMessages } from '../messages';
import { OpeningForm } from './opening-form';

export function OpeningEditorScreen() {
  const { tf } = useOpeningMessages();
  const { companyId = '' } = useParams();
  return (
    <RecordEditorScreen
      entity="openings"
      basePath="/openings"
      titles={(editing) => tf(editing ? 'form.editTitle' : 'form.newTitle')}
      leaveTo={(opening: Opening | undefined) => `/companies/${opening?.companyId ?? companyId}`}
      renderForm={(props) => <OpeningFormOfCompany {...props} companyId={props.initial?.companyId ?? companyId} />}
    />
  );
}

/** The form once the company is loaded: a new opening takes its industry and town. */
function OpeningFormOfCompany({ companyId, ...props }: EditorFormProps<'openings'> & { companyId: string }) {
  const { t } = useI18n();
  const company = useRecord('companies', companyId);
  const [today] = useState(todayIso);
  if (company === undefined) return <p>{t('common.loading')}</p>;
  if (company === null) return <p role="alert">{t('common.notFound')}</p>;
  return <OpeningForm {...props} company={company} today={today} />;
}
