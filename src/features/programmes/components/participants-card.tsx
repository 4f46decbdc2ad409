/**
 * A programme's roster: whole classes added in one tap, one student added, and the list in class
 * order with each one's career plan (記録済み / 未記録, leading to its form). Withdrawing asks first and
 * keeps the record (withdrawn, never deleted): the attendance already taken keeps its student.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorBanner } from '../../../components/ui/banner';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { saveErrorMessage } from '../../../lib/i18n/rule-message';
import { useSaveRecord } from '../../../lib/record-hooks';
import type { ProgrammeParticipant } from '../../../shared/entities';
import type { ParticipantRow, ProgrammeOverview } from '../../../storage/programme-queries';
import { useProgrammeMessages } from '../messages';
import { classAndNumber, studentName } from '../student-label';
import { AddClassesForm } from './add-classes-form';
import { AddStudentForm } from './add-student-form';

export function ParticipantsCard({ overview }: { overview: ProgrammeOverview }) {
  const { t, tf } = useProgrammeMessages();
  const save = useSaveRecord('programmeParticipants');
  const [asking, setAsking] = useState<ParticipantRow | null>(null);
  // Open at first for an empty roster; then as the person leaves it (adding classes must not fold it away).
  const [addOpen] = useState(overview.participants.length === 0);
  const live = overview.participants.filter((p) => !p.participant.withdrawn);
  const withdrawn = overview.participants.length - live.length;
  const planned = new Set(overview.careerPlans.map((c) => c.studentId));
  const setWithdrawn = async ({ programmeId, studentId, schoolId, id }: ProgrammeParticipant, value: boolean) => {
    await save.mutateAsync({ fields: { programmeId, studentId, schoolId, withdrawn: value }, id }).catch(() => undefined);
    setAsking(null);
  };
  const numberWord = (n: number) => tf('number', { n });
  return (
    <section className="card" aria-labelledby="programme-participants">
      <div className="section-head">
        <h2 id="programme-participants">
          {tf('participants.title')} <span className="list-count">{tf('participants.count', { n: live.length })}</span>
          {withdrawn > 0 ? <span className="list-count"> ・ {tf('participants.withdrawnCount', { n: withdrawn })}</span> : null}
        </h2>
      </div>
      <details className="add-form participants-add" open={addOpen}>
        <summary className="button button--secondary">{tf('addClasses.title')}</summary>
        <AddClassesForm overview={overview} />
      </details>
      <AddStudentForm overview={overview} />
      <ErrorBanner message={save.error ? saveErrorMessage(t, 'programmeParticipants', save.error) : undefined} />
      {overview.participants.length === 0 ? (
        <p className="empty">{tf('participants.empty')}</p>
      ) : (
        <table className="data-table participants-table">
          <thead>
            <tr>
              <th scope="col">{tf('col.student')}</th>
              <th scope="col">{tf('col.class')}</th>
              <th scope="col">{tf('col.plan')}</th>
              <th scope="col">
                <span className="visually-hidden">{tf('participants.withdraw')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.participants.map((row) => {
              const { participant, student } = row;
              const name = studentName(student);
              return (
                <tr key={participant.id} className={participant.withdrawn ? 'participants-table__row--withdrawn' : undefined}>
                  <th scope="row">
                    {name} <span className="muted participants-table__kana">{`${student.familyNameKana} ${student.givenNameKana}`}</span>
                    {participant.withdrawn ? <span className="tag tag--muted">{tf('participants.withdrawn')}</span> : null}
                  </th>
                  <td>{classAndNumber(student, numberWord)}</td>
                  <td>
                    {participant.withdrawn ? null : (
                      <Link to={`/programmes/${overview.programme.id}/career-plans/${student.id}`} className="career-link" aria-label={tf('career.enterLabel', { name, status: planned.has(student.id) ? tf('career.done') : tf('career.todo') })}>
                        {planned.has(student.id) ? tf('career.done') : tf('career.todo')}
                      </Link>
                    )}
                  </td>
                  <td className="participants-table__action">
                    {participant.withdrawn ? (
                      <button type="button" className="button button--secondary button--small" disabled={save.isPending} aria-label={tf('participants.restoreLabel', { name })} onClick={() => void setWithdrawn(participant, false)}>
                        {tf('participants.restore')}
                      </button>
                    ) : (
                      <button type="button" className="button button--secondary button--small" aria-label={tf('participants.withdrawLabel', { name })} onClick={() => setAsking(row)}>
                        {tf('participants.withdraw')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {asking ? (
        <ConfirmDialog
          title={tf('withdraw.title', { name: studentName(asking.student) })}
          confirmLabel={tf('withdraw.confirm')}
          cancelLabel={t('common.cancel')}
          danger
          busy={save.isPending}
          onConfirm={() => void setWithdrawn(asking.participant, true)}
          onCancel={() => setAsking(null)}
        >
          <p>{tf('withdraw.body')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
