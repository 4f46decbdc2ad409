/**
 * Logging or editing a company visit (/visits/new, /visits/:id/edit). `?companyId=` picks the company
 * (the company's page and the day list link here with it); `?from=` is where to return after saving or
 * cancelling (the day list), else the company's page, which shows the status the visit may have moved.
 */
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../../../auth/use-session';
import { RecordEditorScreen } from '../../../components/record-editor-screen';
import type { CompanyVisit } from '../../../shared/entities';
import { useVisitMessages } from '../messages';
import { VisitForm } from './visit-form';

/** Only a path inside the app: `?from=` must not send anyone to another site. */
const appPath = (value: string | null) => (value && value.startsWith('/') && !value.startsWith('//') ? value : null);

export function VisitEditorScreen() {
  const { tf } = useVisitMessages();
  const [params] = useSearchParams();
  const user = useSession().user;
  // Fixed when the form opens, so the time shown is the time the coordinator arrived at the form.
  const [now] = useState(() => new Date());
  const presetCompanyId = params.get('companyId') ?? '';
  const from = appPath(params.get('from'));
  const leaveTo = (visit: CompanyVisit | undefined) => {
    const companyId = visit?.companyId ?? presetCompanyId;
    return from ?? (companyId ? `/companies/${companyId}` : '/companies');
  };
  return (
    <RecordEditorScreen
      entity="companyVisits"
      basePath="/visits"
      titles={(editing) => tf(editing ? 'form.editTitle' : 'form.newTitle')}
      leaveTo={leaveTo}
      renderForm={(props) => <VisitForm {...props} defaults={{ companyId: presetCompanyId, coordinatorName: user?.displayName ?? '', now }} />}
    />
  );
}
