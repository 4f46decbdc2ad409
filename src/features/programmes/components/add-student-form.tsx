/**
 * Adding one student (a transfer, a student from another class): found by name or reading in any kana
 * form among the school's students, added with one tap; a withdrawn one is brought back the same way.
 */
import { useId, useState } from 'react';
import { ErrorBanner, SuccessBanner } from '../../../components/ui/banner';
import { saveErrorMessage } from '../../../lib/i18n/rule-message';
import { useStudentMatches } from '../../../storage/hooks/use-programmes';
import type { ProgrammeOverview } from '../../../storage/programme-queries';
import { useAddParticipants } from '../hooks/use-programme-writes';
import { useProgrammeMessages } from '../messages';
import { classAndNumber, studentName } from '../student-label';

export function AddStudentForm({ overview }: { overview: ProgrammeOverview }) {
  const { t, tf } = useProgrammeMessages();
  const id = useId();
  const [text, setText] = useState('');
  const [done, setDone] = useState('');
  const matches = useStudentMatches(overview.programme.schoolId, text);
  const add = useAddParticipants();
  const status = new Map(overview.participants.map((p) => [p.student.id, p.participant.withdrawn]));
  const numberWord = (n: number) => tf('number', { n });
  const addOne = async (studentId: string, name: string) => {
    const added = await add.mutateAsync({ programme: overview.programme, studentIds: [studentId] }).catch(() => undefined);
    if (added !== undefined) setDone(tf('addOne.done', { name }));
  };
  return (
    <div className="add-student">
      <div className="field">
        <label htmlFor={id} className="field__label">
          {tf('addOne.title')}
        </label>
        <input
          id={id}
          type="search"
          autoComplete="off"
          value={text}
          placeholder={tf('addOne.search')}
          onChange={(e) => {
            setText(e.target.value);
            setDone('');
          }}
        />
      </div>
      {text.trim() !== '' && matches?.length === 0 ? (
        <p className="muted" role="status">
          {tf('addOne.none')}
        </p>
      ) : null}
      {matches && matches.length > 0 ? (
        <ul className="plain-list add-student__matches" aria-label={tf('addOne.title')}>
          {matches.map((s) => {
            const withdrawn = status.get(s.id);
            const name = studentName(s);
            return (
              <li key={s.id} className="add-student__match">
                <span>
                  <strong>{name}</strong> <span className="muted">{`${s.familyNameKana} ${s.givenNameKana}`} ・ {classAndNumber(s, numberWord) || tf('addClasses.noClass')}</span>
                </span>
                {withdrawn === false ? (
                  <span className="tag">{tf('addOne.in')}</span>
                ) : (
                  <button type="button" className="button button--secondary button--small" disabled={add.isPending} aria-label={withdrawn ? tf('participants.restoreLabel', { name }) : tf('addOne.addLabel', { name })} onClick={() => void addOne(s.id, name)}>
                    {withdrawn ? tf('participants.restore') : tf('addOne.add')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      <ErrorBanner message={add.error ? saveErrorMessage(t, 'programmeParticipants', add.error) : undefined} />
      {done ? <SuccessBanner message={done} /> : null}
    </div>
  );
}
