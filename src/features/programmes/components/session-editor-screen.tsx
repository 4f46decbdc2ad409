/**
 * Adding a session to a programme (/programmes/:programmeId/sessions/new, `?kind=` presets the kind)
 * or editing one (/sessions/:id/edit). The session and, on an internship day, its students'
 * internships are saved together; a refusal (the host's capacity) lands on the host field and saves
 * nothing. Saving opens the session's page.
 */
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { saveFeedback } from '../../../components/record-editor-screen';
import { PageHeader } from '../../../components/ui/page-header';
import { internshipCoversSession } from '../../../domain/school-programme';
import { assignedStudentIds } from '../../../domain/internship-assignment';
import { saveErrorMessage } from '../../../lib/i18n/rule-message';
import { SESSION_KINDS } from '../../../shared/codes';
import type { ProgrammeSession } from '../../../shared/entities';
import { useProgramme } from '../../../storage/hooks/use-programmes';
import { useRecord } from '../../../storage/hooks/use-record';
import type { ProgrammeOverview } from '../../../storage/programme-queries';
import { useSaveSession } from '../hooks/use-programme-writes';
import { useProgrammeMessages } from '../messages';
import { SessionForm, type SessionKind } from './session-form';
import '../programmes.css';

/** The fields the session form shows: a rule about any other (an internship's) goes on top. */
const FORM_FIELDS = new Set(['kind', 'date', 'startTime', 'endTime', 'title', 'place', 'companyId', 'notes']);

export function SessionEditorScreen() {
  const { t } = useProgrammeMessages();
  const { id, programmeId } = useParams();
  const existing = useRecord('programmeSessions', id);
  const overview = useProgramme((id ? existing?.programmeId : programmeId) ?? '');
  if ((id && existing === undefined) || overview === undefined) return <p>{t('common.loading')}</p>;
  if ((id && existing === null) || overview === null) return <p role="alert">{t('common.notFound')}</p>;
  return <SessionEditor key={id ?? 'new'} overview={overview} existing={existing ?? undefined} />;
}

function SessionEditor({ overview, existing }: { overview: ProgrammeOverview; existing: ProgrammeSession | undefined }) {
  const { t, tf } = useProgrammeMessages();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const save = useSaveSession();
  const { programme } = overview;
  const asked = params.get('kind');
  const kind: SessionKind = SESSION_KINDS.find((k) => k === asked) ?? 'pre_learning';
  const covering = existing ? overview.internships.filter((i) => internshipCoversSession(i, existing)) : [];
  const assigned = existing ? [...assignedStudentIds(existing, overview.internships)] : [];
  const longer = new Map(covering.filter((i) => i.startDate !== i.endDate).map((i) => [i.studentId, { startDate: i.startDate, endDate: i.endDate }]));
  const participants = overview.participants.filter((p) => !p.participant.withdrawn || assigned.includes(p.student.id));
  const message = (error: Error) => saveErrorMessage(t, 'programmeSessions', error);
  const feedback = saveFeedback(save.error, message);
  const misplaced = feedback.ruleError && !FORM_FIELDS.has(feedback.ruleError.field);
  const leave = existing ? `/sessions/${existing.id}` : `/programmes/${programme.id}`;
  return (
    <section className="screen programmes">
      <PageHeader title={tf(existing ? 'session.editTitle' : 'session.newTitle')}>
        <p className="page-header__sub">{programme.title}</p>
      </PageHeader>
      <SessionForm
        initial={existing}
        start={{ programmeId: programme.id, schoolId: programme.schoolId, kind, date: '' }}
        participants={participants}
        assigned={assigned}
        longer={longer}
        submitError={misplaced ? feedback.ruleError!.message : feedback.submitError}
        ruleError={misplaced ? undefined : feedback.ruleError}
        onCancel={() => navigate(leave)}
        onSubmit={async (fields, chosen) => {
          const saved = await save.mutateAsync({ fields, id: existing?.id, chosen }).catch(() => undefined);
          if (saved) navigate(`/sessions/${saved.id}`, { replace: true, state: { flash: 'common.saved' } });
        }}
      />
    </section>
  );
}
